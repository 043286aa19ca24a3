/**
 * Times sequential GETs of one URL (every 20 ms) until the parent says stop, then answers the
 * percentiles. Its own process, so the load generator's work never shows up in its timings.
 */
import { percentiles } from './measure';

const url = process.argv[2];
const samples: number[] = [];
let running = true;
process.on('message', () => (running = false));

/**
 * A GET, sent again once on a new connection when the server closed the kept-alive one as it was
 * reused (a server stalled past its keep-alive timeout does), as browsers do; timed as a whole.
 */
const get = async (): Promise<void> => {
  try {
    await fetch(url).then((response) => response.arrayBuffer());
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    await fetch(url, { headers: { connection: 'close' } }).then((response) => response.arrayBuffer());
  }
};

const main = async () => {
  while (running) {
    const started = performance.now();
    await get();
    samples.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.send!(percentiles(samples), () => process.exit(0));
};

main();
