// Piscina worker for the bench: the same encode as the plugin, in a worker thread.
import { encode } from '../server/src/images/variants';

export default async ({ input, width, format, effort }: { input: Uint8Array; width: number; format: 'avif' | 'webp'; effort: number }) => {
  const { data } = await encode(Buffer.from(input), width, format, effort);
  return data.length;
};
