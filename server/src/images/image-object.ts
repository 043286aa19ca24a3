import type { GalleryItem } from '../custom-fields/gallery/rules';
import type { ImageObject } from '../client-types';
import type { ImageRecord } from './image-records';
import { fileBytes } from './upload-file';

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

/** The image object every response carries (the client package's type). Per-use text (a gallery's caption, alt, credit) wins over the media library's own. */
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
