import type { ImageRecord } from './image-records';
import { fileBytes } from './upload-file';

/** The width a phone reader's browser picks from a srcset, roughly. */
export const PHONE_WIDTH = 960;

export interface PageWeight {
  count: number;
  originalBytes: number;
  optimizedBytes: number;
}

/** Per image, the variant closest to 960 px wide in its smallest format; the original until variants exist. */
export const phoneBytes = (record: ImageRecord) => {
  const variants = record.result?.variants ?? [];
  if (variants.length === 0) return fileBytes(record.file);
  const distance = (width: number) => Math.abs(width - PHONE_WIDTH);
  const closest = Math.min(...variants.map((variant) => distance(variant.width)));
  return Math.min(...variants.filter((variant) => distance(variant.width) === closest).map((variant) => variant.bytes));
};

export const pageWeight = (records: ImageRecord[]): PageWeight => ({
  count: records.length,
  originalBytes: records.reduce((sum, record) => sum + fileBytes(record.file), 0),
  optimizedBytes: records.reduce((sum, record) => sum + phoneBytes(record), 0),
});
