/**
 * node --import tsx bench/proof-of-work.bench.ts (after npm run build && npm run build:playground) —
 * what proof of work costs, on one playground Strapi (SQLite) in this process:
 * (a) the server: guest comment POSTs with the verification beside the same POSTs without it,
 *     alternating in batches within one run, and the verification alone (check and spend);
 * (b) the reader: the altcha widget solving the plugin's challenge in headless Chromium.
 * Prints medians and ratios; never fails on a time. BENCH_ROUNDS (default 5) batches of
 * BENCH_BATCH (default 30) POSTs each way; BENCH_SOLVES (default 20) solves in the browser.
 */
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { startPlayground } from '../tests/helpers/strapi';
import { createReview } from '../tests/helpers/fixtures';
import { launchBrowser } from '../tests/helpers/browser';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCH = Number(process.env.BENCH_BATCH ?? 30);
const SOLVES = Number(process.env.BENCH_SOLVES ?? 20);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)];
const ms = (value: number) => `${value.toFixed(2)} ms`;

const main = async () => {
  const app = await startPlayground();
  try {
    const settings = app.strapi.plugin('film-reviews').service('settings');
    const proof = app.strapi.plugin('film-reviews').service('proof-of-work');
    const review = await createReview(app.strapi, 'Proof of work bench (2024)');
    await settings.update({ floodIntervalSeconds: 0, rateLimit: { max: 10_000, windowSeconds: 600 }, holdFirstTimeCommenters: false });
    /** What the widget sends: solved here, before any timing. */
    const solvedPayloads = async (count: number) => {
      const payloads: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const challenge = await (await fetch(`${app.baseUrl}/api/film-reviews/challenge`)).json();
        const solution = await solveChallenge({ challenge, deriveKey });
        payloads.push(Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'));
      }
      return payloads;
    };
    let serial = 0;
    const timedPost = async (altcha?: string) => {
      serial += 1;
      const data = { authorName: 'Bench', authorEmail: `bench${serial}@readers.test`, content: `Bench comment ${serial}.`, ...(altcha ? { altcha } : {}) };
      const start = performance.now();
      const response = await fetch(`${app.baseUrl}/api/film-reviews/reviews/${review.slug}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data }) });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`POST answered ${response.status}`);
      return performance.now() - start;
    };

    console.log(`\n## Proof of work, server: ${ROUNDS} rounds of ${BATCH} sequential guest POSTs each way, alternating (${os.cpus().length} cores)`);
    await timedPost(); // warm-up
    const without: number[] = [];
    const withProof: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      await settings.update({ requireProofOfWork: false });
      for (let i = 0; i < BATCH; i += 1) without.push(await timedPost());
      const payloads = await solvedPayloads(BATCH);
      await settings.update({ requireProofOfWork: true });
      for (const altcha of payloads) withProof.push(await timedPost(altcha));
    }
    const alone: number[] = [];
    for (const altcha of await solvedPayloads(BATCH * 2)) {
      const start = performance.now();
      await proof.spend(altcha);
      alone.push(performance.now() - start);
    }
    await settings.update({ requireProofOfWork: false });
    console.log(`POST without proof of work: median ${ms(median(without))}, p90 ${ms(p90(without))}`);
    console.log(`POST with proof of work:    median ${ms(median(withProof))}, p90 ${ms(p90(withProof))}`);
    console.log(`ratio (with / without):     ${(median(withProof) / median(without)).toFixed(2)}x`);
    console.log(`the verification alone (HMAC check and the spent-solution insert): median ${ms(median(alone))}, p90 ${ms(p90(alone))}`);

    console.log(`\n## Proof of work, reader: the altcha widget solving ${SOLVES} challenges in headless Chromium`);
    // The widget's minified build, beside the entry its package exports.
    const widget = fs.readFileSync(path.join(path.dirname(require.resolve('altcha', { paths: [path.join(__dirname, '../frontend')] })), 'altcha.min.js'));
    const page = `<!doctype html><form><altcha-widget challenge="${app.baseUrl}/api/film-reviews/challenge" auto="off" configuration='{"minDuration":0}'></altcha-widget></form><script type="module" src="/altcha.js"></script>`;
    const server = http.createServer((request, response) => {
      const script = request.url === '/altcha.js';
      response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html' });
      response.end(script ? widget : page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await tab.waitForFunction(() => customElements.get('altcha-widget'));
      const runs: Array<{ wall: number; solve: number; workers: number }> = [];
      for (let i = 0; i < SOLVES; i += 1) {
        runs.push(
          await tab.evaluate(async () => {
            const element = document.querySelector('altcha-widget') as any;
            element.reset();
            const start = performance.now();
            const result = await element.verify();
            if (!result?.solution) throw new Error('the widget found no solution');
            return { wall: performance.now() - start, solve: result.solution.time, workers: navigator.hardwareConcurrency };
          })
        );
      }
      const wall = runs.map((run) => run.wall);
      const solve = runs.map((run) => run.solve);
      console.log(`solve (the widget's own timing, ${runs[0].workers} workers): median ${ms(median(solve))}, p90 ${ms(p90(solve))}, max ${ms(Math.max(...solve))}`);
      console.log(`challenge fetch + solve, as the reader waits: median ${ms(median(wall))}, p90 ${ms(p90(wall))}`);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    await app.stop();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
