import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Six synthetic "film stills": soft gradients with film grain, 3200×1800 JPEGs over 1 MB. */
export const STILLS = [
  { name: 'hailsham-fog', from: [112, 118, 116], to: [196, 201, 197], caption: 'Morning fog over the school grounds', spoiler: false },
  { name: 'norfolk-beach', from: [86, 72, 58], to: [205, 182, 150], caption: 'The stranded boat on the beach', spoiler: false },
  { name: 'cottages-autumn', from: [58, 76, 48], to: [170, 176, 120], caption: 'The Cottages in late autumn', spoiler: false },
  { name: 'gallery-corridor', from: [40, 52, 78], to: [150, 168, 196], caption: 'A corridor of drawings', spoiler: false },
  { name: 'recovery-centre', from: [70, 84, 96], to: [214, 222, 226], caption: 'The recovery centre, white on white', spoiler: true },
  { name: 'field-fence', from: [92, 80, 60], to: [186, 168, 120], caption: 'A fence at the edge of a field', spoiler: false },
] as const;

export const STILL_WIDTH = 3200;
export const STILL_HEIGHT = 1800;

/** A deterministic generator, so every run makes the same images. */
const random = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

export const renderStill = async (index: number, width = STILL_WIDTH, height = STILL_HEIGHT) => {
  const { from, to } = STILLS[index];
  const next = random(index + 1);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      // A diagonal gradient with a soft vignette, plus per-pixel grain.
      const t = (x / width) * 0.6 + (y / height) * 0.4;
      const dx = x / width - 0.5;
      const dy = y / height - 0.5;
      const vignette = 1 - (dx * dx + dy * dy) * 0.9;
      const grain = (next() - 0.5) * 38;
      for (let c = 0; c < 3; c += 1) {
        const value = (from[c] + (to[c] - from[c]) * t) * vignette + grain;
        pixels[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(value)));
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
};

/** Writes the stills once into `dir` and returns their paths. */
export const ensureStills = async (dir: string) => {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let index = 0; index < STILLS.length; index += 1) {
    const file = path.join(dir, `${STILLS[index].name}.jpg`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, await renderStill(index));
    files.push(file);
  }
  return files;
};
