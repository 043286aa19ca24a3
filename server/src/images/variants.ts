import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import type { ImageFormat } from '../config/plugin-config';
import { makePlaceholder, type Placeholder } from './placeholder';
import type { UploadFile } from './upload-file';

/** A stored variant: enough to build a srcset and to delete it through the provider later. */
export interface Variant {
  format: ImageFormat;
  width: number;
  height: number;
  bytes: number;
  url: string;
  hash: string;
  ext: string;
  mime: string;
  provider_metadata?: unknown;
}

export interface ImageResult {
  variants: Variant[];
  placeholder: Placeholder;
}

export interface VariantOptions {
  widths: number[];
  formats: ImageFormat[];
  avifEffort: number;
}

/** Configured widths narrower than the original; the original's own width when it is narrower than all. */
export const targetWidths = (originalWidth: number, widths: number[]) => {
  const fitting = [...new Set(widths)].filter((width) => width <= originalWidth).sort((a, b) => a - b);
  return fitting.length > 0 ? fitting : [originalWidth];
};

export const encode = (input: Buffer, width: number, format: ImageFormat, avifEffort: number) => {
  const pipeline = sharp(input).rotate().resize({ width, withoutEnlargement: true });
  return (format === 'avif' ? pipeline.avif({ effort: avifEffort }) : pipeline.webp({ quality: 80 })).toBuffer({
    resolveWithObject: true,
  });
};

/** Resizes and encodes every variant and stores it through the configured upload provider. */
export const makeVariants = async (
  strapi: Core.Strapi,
  file: Pick<UploadFile, 'hash' | 'width'>,
  input: Buffer,
  options: VariantOptions
): Promise<ImageResult> => {
  const meta = await sharp(input).rotate().metadata();
  const originalWidth = meta.autoOrient?.width ?? meta.width ?? file.width ?? options.widths[0];
  const provider = strapi.plugin('upload').service('provider');
  const variants: Variant[] = [];
  for (const width of targetWidths(originalWidth, options.widths)) {
    for (const format of options.formats) {
      const { data, info } = await encode(input, width, format, options.avifEffort);
      const upload = {
        name: `${file.hash}_${width}.${format}`,
        hash: `${file.hash}_fr_${width}_${format}`,
        ext: `.${format}`,
        mime: `image/${format}`,
        size: data.length / 1024,
        sizeInBytes: data.length,
        width: info.width,
        height: info.height,
        url: '',
        provider_metadata: undefined as unknown,
        getStream: () => Readable.from(data),
      };
      await provider.upload(upload);
      variants.push({
        format,
        width: info.width,
        height: info.height,
        bytes: data.length,
        url: upload.url,
        hash: upload.hash,
        ext: upload.ext,
        mime: upload.mime,
        ...(upload.provider_metadata ? { provider_metadata: upload.provider_metadata } : {}),
      });
    }
  }
  return { variants, placeholder: await makePlaceholder(input) };
};

/** Removes stored variants through the provider (when their original is deleted). */
export const deleteVariants = async (strapi: Core.Strapi, variants: Variant[]) => {
  const provider = strapi.plugin('upload').provider;
  await Promise.all(variants.map((variant) => provider.delete({ ...variant, size: variant.bytes / 1024 } as any)));
};
