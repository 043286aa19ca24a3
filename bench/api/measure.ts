import { fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';

export interface Load {
  p50: number;
  /** autocannon's percentiles are whole milliseconds; the mean is not. */
  mean: number;
  p99: number;
  rps: number;
  requests: number;
  non2xx: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** A fixed number of requests instead of a duration, for contenders slower than the duration. */
  amount?: number;
  method?: 'GET' | 'POST';
  /** Builds each request's body (POST), so every one is distinct. */
  body?: () => string;
  /** Builds each request's own headers (a new reader's key for each like, say). */
  headers?: () => Record<string, string>;
}

/** autocannon against one URL on 127.0.0.1: latency percentiles and throughput. */
export const load = async (url: string, { connections, seconds, amount, method = 'GET', body, headers }: LoadOptions): Promise<Load> => {
  const perRequest = body || headers;
  const result = await new Promise<Load>((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        ...(amount ? { amount } : { duration: seconds }),
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        ...(perRequest
          ? { requests: [{ setupRequest: (request: any) => ({ ...request, ...(body ? { body: body() } : {}), ...(headers ? { headers: { ...request.headers, ...headers() } } : {}) }) }] }
          : {}),
      },
      (error: Error | null, result: any) => {
        if (error) return reject(error);
        resolve({
          p50: result.latency.p50,
          mean: result.latency.mean,
          p99: result.latency.p99,
          rps: Math.round(result.requests.average * 10) / 10,
          requests: result.requests.total,
          non2xx: result.non2xx + result.errors + result.timeouts,
        });
      }
    );
  });
  await settle(url);
  return result;
};

/** Waits until requests abandoned at the end of a load have drained from the server. */
const settle = async (url: string) => {
  const health = `${new URL(url).origin}/_health`;
  for (let i = 0; i < 200; i += 1) {
    const started = performance.now();
    await fetch(health).then((response) => response.arrayBuffer());
    if (performance.now() - started < 5) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/**
 * Latency of sequential GETs to `url` while `during` runs: what any other request waits. The
 * prober is its own process, so the load generator's own work never inflates the figures.
 */
export const probeWhile = async (url: string, during: Promise<unknown>) => {
  const prober = fork(path.join(__dirname, 'health-probe.ts'), [url], { execArgv: ['--import', 'tsx'] });
  const answer = new Promise<ReturnType<typeof percentiles>>((resolve) => prober.once('message', resolve));
  await during;
  prober.send('stop');
  return answer;
};

export const percentiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;
  return { p50: at(0.5), p99: at(0.99), samples: sorted.length };
};

/** One request to each URL in turn, each timed: for pages nobody has read yet (cold). */
export const sequential = async (urls: string[]) => {
  const samples: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
};
