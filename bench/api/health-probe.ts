/**
 * Times sequential GETs of one URL (every 20 ms) until the parent says stop, then answers the
 * percentiles. Its own process, so the load generator's work never shows up in its timings.
 */
import { percentiles } from './measure';

const url = process.argv[2];
const samples: number[] = [];
let running = true;
process.on('message', () => (running = false));

const main = async () => {
  while (running) {
    const started = performance.now();
    await fetch(url).then((response) => response.arrayBuffer());
    samples.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.send!(percentiles(samples), () => process.exit(0));
};

main();
