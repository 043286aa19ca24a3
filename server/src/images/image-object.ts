import type { Placeholder } from './placeholder';
import type { GalleryItem } from '../custom-fields/gallery/rules';
import type { ImageRecord } from './image-records';
import { fileBytes } from './upload-file';

/** The image object of every API response: ready for <picture>, srcset and a placeholder shown at once. */
export interface ImageObject {
  id: number;
  url: string;
  width: number | null;
  height: number | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  spoiler: boolean;
  mime: string;
  bytes: number;
  placeholder: Placeholder | null;
  sources: Array<{ type: string; srcset: string }>;
}

const sourcesOf = ({ result }: ImageRecord): ImageObject['sources'] => {
  if (!result) return [];
  const formats = [...new Set(result.variants.map((variant) => variant.format))];
  return formats.map((format) => ({
    type: `image/${format}`,
    srcset: result.variants
      .filter((variant) => variant.format === format)
      .sort((a, b) => a.width - b.width)
      .map((variant) => `${variant.url} ${variant.width}w`)
      .join(', '),
  }));
};

/** Per-use text (a gallery's caption, alt, credit) wins over the media library's own. */
export const toImageObject = (record: ImageRecord, use: Partial<Omit<GalleryItem, 'file'>> = {}): ImageObject => ({
  id: record.file.id,
  url: record.file.url,
  width: record.file.width,
  height: record.file.height,
  alt: use.alt ?? record.file.alternativeText ?? null,
  caption: use.caption ?? record.file.caption ?? null,
  credit: use.credit ?? null,
  spoiler: use.spoiler ?? false,
  mime: record.file.mime,
  bytes: fileBytes(record.file),
  placeholder: record.result?.placeholder ?? null,
  sources: sourcesOf(record),
});
