import sharp from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import type { ImagePlaceholder as Placeholder } from '../client-types';

/** What an image object's `placeholder` holds: the client package's type. */
export type { Placeholder };

const MAX_DATA_URI_BYTES = 1024;
const hex = (n: number) => n.toString(16).padStart(2, '0');

const tinyWebp = async (input: Buffer) => {
  for (const width of [24, 16, 12, 8]) {
    const webp = await sharp(input).rotate().resize({ width }).webp({ quality: 40, effort: 6 }).toBuffer();
    const dataUri = `data:image/webp;base64,${webp.toString('base64')}`;
    if (dataUri.length <= MAX_DATA_URI_BYTES) return dataUri;
  }
  throw new Error('could not make a placeholder under 1 KB');
};

const thumbhashOf = async (input: Buffer) => {
  // thumbhash takes at most 100×100 pixels.
  const { data, info } = await sharp(input)
    .rotate()
    .resize({ width: 100, height: 100, fit: 'inside' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return Buffer.from(rgbaToThumbHash(info.width, info.height, data)).toString('base64');
};

export const makePlaceholder = async (input: Buffer): Promise<Placeholder> => {
  const [dataUri, thumbhash, stats] = await Promise.all([tinyWebp(input), thumbhashOf(input), sharp(input).stats()]);
  const { r, g, b } = stats.dominant;
  return { dataUri, thumbhash, color: `#${hex(r)}${hex(g)}${hex(b)}` };
};
