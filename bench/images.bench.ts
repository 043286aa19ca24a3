/**
 * npm run bench — the image pipeline, measured side by side in one run. Prints ratios; never
 * fails on a time. Inputs: three synthetic stills (as the demo makes them) and, when Debian's
 * lomiri-wallpapers package is installed, a real photograph from it (apt-get install
 * lomiri-wallpapers-20.04), since synthetic noise compresses unlike photos.
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { Piscina } from 'piscina';
import { encode, targetWidths } from '../server/src/images/variants';
import { makePlaceholder } from '../server/src/images/placeholder';
import { PLUGIN_CONFIG_DEFAULTS } from '../server/src/config/plugin-config';
import { renderStill } from '../playground/scripts/stills';

const REAL_PHOTOS = ['/usr/share/backgrounds/Kleiber_by_Lukas_Baubkus.jpg'];
const { imageWidths: WIDTHS, imageFormats: FORMATS } = PLUGIN_CONFIG_DEFAULTS;
const EFFORT = PLUGIN_CONFIG_DEFAULTS.images.avifEffort;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
const time = async <T>(fn: () => Promise<T>) => {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
};

/** Our pipeline: every variant at the chosen AVIF effort, plus the placeholder. */
const ourPipeline = async (input: Buffer) => {
  const { width } = await sharp(input).metadata();
  for (const w of targetWidths(width!, WIDTHS)) for (const f of FORMATS) await encode(input, w, f, EFFORT);
  await makePlaceholder(input);
};

/** A bare sharp script doing the same resizes with sharp's defaults. */
const bareSharp = async (input: Buffer) => {
  const { width } = await sharp(input).metadata();
  for (const w of targetWidths(width!, WIDTHS)) {
    await sharp(input).rotate().resize({ width: w }).avif().toBuffer();
    await sharp(input).rotate().resize({ width: w }).webp().toBuffer();
  }
};

/** Strapi's own `large` format: 1000 px, same format as the upload, sharp's default quality. */
const strapiLarge = (input: Buffer) => sharp(input).rotate().resize({ width: 1000, withoutEnlargement: true }).jpeg().toBuffer();

const main = async () => {
  console.log(`sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, sharp.concurrency() = ${sharp.concurrency()}, ${require('node:os').cpus().length} cores`);
  const inputs: Array<{ name: string; bytes: Buffer; real: boolean }> = [];
  for (const index of [0, 1, 2]) inputs.push({ name: `synthetic still ${index + 1}`, bytes: await renderStill(index), real: false });
  for (const file of REAL_PHOTOS) {
    if (fs.existsSync(file)) inputs.push({ name: path.basename(file), bytes: fs.readFileSync(file), real: true });
  }
  if (!inputs.some((input) => input.real)) console.log('(no real photograph found: apt-get install lomiri-wallpapers-20.04 to add one)');

  console.log('\n## Bytes: original vs phone variant (960 px, smallest format) vs Strapi\'s `large` JPEG');
  for (const { name, bytes } of inputs) {
    const [avif, webp, large] = await Promise.all([
      encode(bytes, 960, 'avif', EFFORT).then((r) => r.data.length),
      encode(bytes, 960, 'webp', EFFORT).then((r) => r.data.length),
      strapiLarge(bytes).then((b) => b.length),
    ]);
    const phone = Math.min(avif, webp);
    console.log(
      `${name}: original ${kb(bytes.length)}, Strapi large ${kb(large)}, AVIF ${kb(avif)}, WebP ${kb(webp)} -> phone/original ${pct(phone, bytes.length)}, phone/large ${pct(phone, large)}`
    );
  }

  console.log(`\n## AVIF effort at 1600 px (time and bytes; effort 4 is sharp's default)`);
  const sample = inputs.find((input) => input.real) ?? inputs[0];
  const efforts: Record<number, { ms: number; bytes: number }> = {};
  for (const effort of [0, 2, 3, 4, 6]) {
    const { ms, value } = await time(() => encode(sample.bytes, 1600, 'avif', effort));
    efforts[effort] = { ms, bytes: value.data.length };
    console.log(`effort ${effort}: ${ms.toFixed(0)} ms, ${kb(value.data.length)}`);
  }
  console.log(`effort ${EFFORT} vs 4: ${(efforts[4].ms / efforts[EFFORT].ms).toFixed(2)}x faster, ${pct(efforts[EFFORT].bytes, efforts[4].bytes)} of the bytes`);

  console.log('\n## Throughput: our pipeline vs a bare sharp script (same resizes, sharp defaults)');
  const ours = await time(async () => { for (const { bytes } of inputs) await ourPipeline(bytes); });
  const bare = await time(async () => { for (const { bytes } of inputs) await bareSharp(bytes); });
  const ips = (ms: number) => (inputs.length / (ms / 1000)).toFixed(2);
  console.log(`ours: ${ips(ours.ms)} images/s, bare sharp: ${ips(bare.ms)} images/s -> ours is ${(bare.ms / ours.ms).toFixed(2)}x the bare script's speed`);

  console.log('\n## Concurrency: sharp threads and parallel images (AVIF 1600 px, 4 encodes)');
  const batch = () => Promise.all([0, 1, 2, 3].map(() => encode(sample.bytes, 1600, 'avif', EFFORT)));
  const sequential = async () => { for (let i = 0; i < 4; i += 1) await encode(sample.bytes, 1600, 'avif', EFFORT); };
  const defaultConcurrency = sharp.concurrency();
  const results: Array<[string, number]> = [];
  for (const threads of [1, 2]) {
    sharp.concurrency(threads);
    results.push([`sharp.concurrency(${threads}), one image at a time`, (await time(sequential)).ms]);
    results.push([`sharp.concurrency(${threads}), four at once`, (await time(batch)).ms]);
  }
  sharp.concurrency(defaultConcurrency);
  const base = results[0][1];
  for (const [label, ms] of results) console.log(`${label}: ${ms.toFixed(0)} ms (${(base / ms).toFixed(2)}x)`);

  console.log('\n## Event loop: sharp\'s thread pool vs a piscina worker pool (4 AVIF encodes, two at a time)');
  const pool = new Piscina({ filename: path.resolve(__dirname, 'encode-worker.ts'), maxThreads: 2, execArgv: ['--import', 'tsx'] });
  const loopDelay = async (work: () => Promise<unknown>) => {
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();
    const { ms } = await time(work);
    histogram.disable();
    return { ms, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
  };
  const twoAtATime = (run: () => Promise<unknown>) => async () => { await Promise.all([run(), run()]); await Promise.all([run(), run()]); };
  await pool.run({ input: sample.bytes, width: 480, format: 'webp', effort: EFFORT }); // warm up the workers
  const inProcess = await loopDelay(twoAtATime(() => encode(sample.bytes, 1600, 'avif', EFFORT)));
  const inPool = await loopDelay(twoAtATime(() => pool.run({ input: sample.bytes, width: 1600, format: 'avif', effort: EFFORT })));
  await pool.destroy();
  console.log(`sharp in process: ${inProcess.ms.toFixed(0)} ms, event-loop delay p99 ${inProcess.p99.toFixed(1)} ms (max ${inProcess.max.toFixed(1)} ms)`);
  console.log(`piscina (2 threads): ${inPool.ms.toFixed(0)} ms, event-loop delay p99 ${inPool.p99.toFixed(1)} ms (max ${inPool.max.toFixed(1)} ms)`);
  console.log(`-> in process is ${(inPool.ms / inProcess.ms).toFixed(2)}x the pool's speed; p99 delay ratio pool/in-process ${(inPool.p99 / inProcess.p99).toFixed(2)}`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
