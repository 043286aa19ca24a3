/**
 * What one comment POST costs, on the database the environment names (DATABASE_CLIENT=sqlite,
 * postgres or mysql, as the API tests): the statements a first-time reader's post runs (held as
 * pending) and a returning reader's (approved, numbered into the thread), then a burst of
 * posts from 20 clients with the queries each ran.
 * Run: node --import tsx bench/api/post-probe.ts [posts=400]
 */
import { startPlayground } from '../../tests/helpers/strapi';
import { measureRequest } from '../../tests/helpers/request-queries';
import { seedContent } from '../../playground/scripts/seed';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import { percentiles } from './measure';

const POSTS = Number(process.argv[2] ?? 400);
const CLIENTS = 20;

const main = async () => {
  const app = await startPlayground();
  const url = `${app.baseUrl}/api/film-reviews/reviews/${REFERENCE_SLUG}/comments`;
  let sent = 0;
  const post = (email: string, headers: Record<string, string> = {}) => {
    sent += 1;
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ data: { authorName: `Poster ${sent}`, authorEmail: email, content: `Posted by the probe, number ${sent}.`, company: '' } }),
    }).then(async (response) => {
      if (response.status !== 201) throw new Error(`POST answered ${response.status}: ${await response.text()}`);
      return response.json() as Promise<any>;
    });
  };
  try {
    await seedContent(app.strapi);
    // Every client's request counts its own queries.
    app.strapi.db.connection.setMaxListeners(2 * CLIENTS + 10);
    await app.strapi.plugin('film-reviews').service('settings').update({ rateLimit: { max: 10_000, windowSeconds: 600 }, floodIntervalSeconds: 0 });
    const statements = async (email: string) => {
      const sql: string[] = [];
      const knex = app.strapi.db.connection;
      const onQuery = (query: { sql: string; bindings?: unknown[] }) => sql.push(`${query.sql.replace(/\s+/g, ' ').slice(0, 130)} ${JSON.stringify(query.bindings ?? []).slice(0, 60)}`);
      knex.on('query', onQuery);
      try {
        const { result, queries } = await measureRequest(app.strapi, (headers) => post(email, headers));
        return { status: result.data.moderationStatus, queries, sql };
      } finally {
        knex.off('query', onQuery);
      }
    };
    const approved = await app.strapi.db.query('plugin::film-reviews.reader-comment').findOne({ where: { moderationStatus: 'approved' } });
    await post('warm-up@readers.test');
    for (const [name, email] of [['first-time reader', 'probe-first@readers.test'], ['returning reader', approved.authorEmail]]) {
      const { status, queries, sql } = await statements(email);
      console.log(`\n${name}: ${status}, ${queries} queries in the request`);
      for (const line of sql) console.log(`  ${line}`);
    }

    const latencies: number[] = [];
    const queries: number[] = [];
    const started = performance.now();
    let next = 0;
    const client = async () => {
      while (next < POSTS) {
        const n = (next += 1);
        const begun = performance.now();
        const measured = await measureRequest(app.strapi, (headers) => post(`burst${n}@readers.test`, headers));
        latencies.push(performance.now() - begun);
        queries.push(measured.queries);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const seconds = (performance.now() - started) / 1000;
    const counts = [...new Set(queries)].sort((a, b) => a - b);
    const { p50, p99 } = percentiles(latencies);
    console.log(`\nburst on ${process.env.DATABASE_CLIENT ?? 'sqlite'}: ${POSTS} posts from ${CLIENTS} clients, ${Math.round(POSTS / seconds)} posts/s, p50 ${p50} ms, p99 ${p99} ms; queries per post ${counts.join(', ')}`);
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
