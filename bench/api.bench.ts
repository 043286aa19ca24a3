/**
 * npm run bench (after the image bench) — the public API under load, contenders alternating in
 * one run on one booted playground: comment threads against strapi-plugin-comments 3.2.4 and a
 * raw-SQL floor, /_health while the heaviest page is read, the review list against core REST
 * `find`, comment POSTs beside likes, the thread read once it holds likes, and the admin code's
 * weight. Prints a table, writes bench/results.json. Prints ratios; never fails on a time.
 * BENCH_SECONDS (default 3) sets each load's length.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, probeWhile, sequential, type Load } from './api/measure';
import { adminSizes } from './api/admin-size';
import { pinnedApart } from './api/pinning';
import { asUsersRun } from './api/as-users-run';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '500,5000,50000').split(',').map(Number);
const HEAVIEST = SIZES[SIZES.length - 1];
const SMALLEST = SIZES[0];
/** The thread the first-page comparison and the POSTs use. */
const REFERENCE = SIZES.includes(5000) ? 5000 : SMALLEST;

const child = (file: string, args: string[] = []) => fork(path.join(__dirname, file), args, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });

/** Request/response over IPC with the bench's Strapi process. */
const rpc = (process: ChildProcess) => {
  let next = 0;
  const waiting = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  process.on('message', ({ id, result, error }: any) => {
    const call = waiting.get(id)!;
    waiting.delete(id);
    if (error) call.reject(new Error(error));
    else call.resolve(result);
  });
  return (command: string, args?: unknown): Promise<any> =>
    new Promise((resolve, reject) => {
      next += 1;
      waiting.set(next, { resolve, reject });
      process.send({ id: next, command, args });
    });
};

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const main = async () => {
  const server = child('api/server.ts');
  const call = rpc(server);
  const floorProcess: { process?: ChildProcess } = {};
  try {
    console.log('\n## API bench: booting the playground with strapi-plugin-comments 3.2.4 and seeding');
    const seedStart = performance.now();
    const { baseUrl, dbFile } = await call('boot');
    const threads: Record<number, { slug: string; reviewDocumentId: string; peerRelation: string }> = {};
    for (const size of SIZES) threads[size] = await call('seedThreads', { size });
    await call('seedReviewList', { count: 20 });
    floorProcess.process = child('api/floor-server.ts', [dbFile]);
    const floorPort: number = await new Promise((resolve) => floorProcess.process!.once('message', ({ port }: any) => resolve(port)));
    console.log(`seeded ${SIZES.join(', ')}-comment threads (ours and the peer's) and 20 review cards in ${round((performance.now() - seedStart) / 1000)} s`);

    const urls = (size: number) => {
      const { slug, reviewDocumentId, peerRelation } = threads[size];
      return {
        ours: `${baseUrl}/api/film-reviews/reviews/${slug}/comments`,
        oursBig: `${baseUrl}/api/film-reviews/reviews/${slug}/comments?pagination%5BpageSize%5D=100`,
        peer: `${baseUrl}/api/comments/${peerRelation}`,
        floor: `http://127.0.0.1:${floorPort}/?review=${reviewDocumentId}&pageSize=20`,
        floorBig: `http://127.0.0.1:${floorPort}/?review=${reviewDocumentId}&pageSize=100`,
      };
    };
    const queriesFor = async (url: string) => {
      await call('countQueries');
      const response = await fetch(url);
      if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      return call('countQueries');
    };
    const checkPeerShape = async (url: string) => {
      const body: any = await (await fetch(url)).json();
      return Array.isArray(body) ? body.length : Array.isArray(body?.data) ? body.data.length : -1;
    };

    type Contender = { c1: Load; c10: Load; queries: number | null };
    const thread: Record<number, Record<string, Contender>> = {};
    for (const size of SIZES) {
      const u = urls(size);
      const contenders: Record<string, string> = { ours: u.ours, peer: u.peer, floor: u.floor, oursBig: u.oursBig, floorBig: u.floorBig };
      for (const url of Object.values(contenders)) for (let i = 0; i < 3; i += 1) await fetch(url).then((r) => r.arrayBuffer());
      thread[size] = {};
      const queries: Record<string, number | null> = {};
      for (const [name, url] of Object.entries(contenders)) queries[name] = name.startsWith('floor') ? 1 : await queriesFor(url);
      const results: Record<string, Partial<Contender>> = {};
      // Alternate: every contender at 1 connection, then every one at 10.
      for (const connections of [1, 10] as const) {
        for (const [name, url] of Object.entries(contenders)) {
          // The peer takes seconds a page: a few requests (one per connection at 10) instead of a duration.
          const amount = name === 'peer' ? (connections === 1 ? 3 : 10) : undefined;
          (results[name] ??= {})[connections === 1 ? 'c1' : 'c10'] = await load(url, { connections, seconds: SECONDS, amount });
        }
      }
      for (const name of Object.keys(contenders)) thread[size][name] = { ...(results[name] as Contender), queries: queries[name] };
      console.log(`thread ${size}: peer page roots ${await checkPeerShape(u.peer)}; ours p50 ${thread[size].ours.c1.p50} ms, peer ${thread[size].peer.c1.p50} ms, floor(100) ${thread[size].floorBig.c1.p50} ms`);
    }

    // Pages nobody has read since the thread last changed miss the page cache: 100-root pages
    // 1..50 of the largest thread, each read once, ours and the floor alternating.
    const coldPages = Array.from({ length: 50 }, (_, i) => i + 1);
    const coldOurs = await sequential(coldPages.map((page) => `${urls(HEAVIEST).oursBig}&pagination%5Bpage%5D=${page}`));
    const coldFloor = await sequential(coldPages.map((page) => `${urls(HEAVIEST).floorBig}&page=${page}`));

    const heavy = urls(HEAVIEST);
    const healthUrl = `${baseUrl}/_health`;
    const stall = async (url: string, amount?: number) => {
      await call('loopDelayStart');
      const health = await probeWhile(healthUrl, load(url, { connections: 10, seconds: SECONDS + 2, amount }));
      return { health, loop: await call('loopDelayStop') };
    };
    const stallOurs = await stall(heavy.oursBig);
    // Two cores shared by Strapi and the load generator: the same run with each on its own core.
    const stallOursPinned = await pinnedApart(server.pid!, () => stall(heavy.oursBig));
    const stallPeer = await stall(heavy.peer, 20);

    const listOurs = `${baseUrl}/api/film-reviews/reviews?pagination%5BpageSize%5D=20`;
    const listCore = `${baseUrl}/api/bench-reviews?populate%5Bcover%5D=true&populate%5Bfilm%5D=true&pagination%5BpageSize%5D=20`;
    for (const url of [listOurs, listCore]) for (let i = 0; i < 3; i += 1) await fetch(url).then((r) => r.arrayBuffer());
    const list: Record<string, Partial<Contender>> = { ours: {}, core: {} };
    for (const connections of [1, 10] as const) {
      list.ours[connections === 1 ? 'c1' : 'c10'] = await load(listOurs, { connections, seconds: SECONDS });
      list.core[connections === 1 ? 'c1' : 'c10'] = await load(listCore, { connections, seconds: SECONDS });
    }
    const listQueries = { ours: await queriesFor(listOurs), core: await queriesFor(listCore) };

    // Comment POSTs at 20 clients, distinct first-time readers: ours, the peer's, and the floor's
    // bare insert, alternating, twice each; then the queries one POST runs.
    let posted = 0;
    const reader = () => {
      posted += 1;
      return { name: `Poster ${posted}`, email: `poster${posted}-${process.pid}@readers.test`, content: `Posted under load, number ${posted}.` };
    };
    const ourPost = () => {
      const { name, email, content } = reader();
      return JSON.stringify({ data: { authorName: name, authorEmail: email, content, company: '' } });
    };
    const posters: Record<string, { url: string; body: () => string }> = {
      ours: { url: `${baseUrl}/api/film-reviews/reviews/${threads[REFERENCE].slug}/comments`, body: ourPost },
      peer: {
        url: `${baseUrl}/api/comments/${threads[REFERENCE].peerRelation}`,
        body: () => {
          const { name, email, content } = reader();
          return JSON.stringify({ content, author: { id: email, name, email } });
        },
      },
      floor: { url: `http://127.0.0.1:${floorPort}/?review=${threads[REFERENCE].reviewDocumentId}`, body: ourPost },
    };
    // A like of the thread's first comment, each from a new reader (a new row and count change each).
    const firstPage: any = await (await fetch(urls(REFERENCE).ours)).json();
    const likeUrl = `${baseUrl}/api/film-reviews/comments/${firstPage.data[0].documentId}/like`;
    const newReader = () => ({ 'x-reader-key': `bench-reader-${process.pid}-${(posted += 1)}` });
    const posts: Record<string, Load[]> = { ours: [], peer: [], floor: [], like: [] };
    for (let round = 0; round < 2; round += 1) {
      for (const [name, { url, body }] of Object.entries(posters)) posts[name].push(await load(url, { connections: 20, seconds: SECONDS, method: 'POST', body }));
      posts.like.push(await load(likeUrl, { connections: 20, seconds: SECONDS, method: 'POST', headers: newReader }));
    }
    const postQueries: Record<string, number> = {};
    for (const name of ['ours', 'peer']) {
      await call('countQueries');
      const response = await fetch(posters[name].url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: posters[name].body() });
      if (response.status >= 300) throw new Error(`${name} POST: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      postQueries[name] = await call('countQueries');
    }
    await call('countQueries');
    const liked = await fetch(likeUrl, { method: 'POST', headers: newReader() });
    if (liked.status !== 200) throw new Error(`like: ${liked.status} ${await liked.text()}`);
    await liked.arrayBuffer();
    postQueries.like = await call('countQueries');
    // The thread read once its first comment holds thousands of likes: the same page, and sorted by them.
    const withLikes = {
      oldest: await load(urls(REFERENCE).ours, { connections: 1, seconds: SECONDS }),
      top: await load(`${urls(REFERENCE).ours}?sort=top`, { connections: 1, seconds: SECONDS }),
      likes: (await (await fetch(urls(REFERENCE).ours)).json()).data[0].likes as number,
    };
    /** The better of the two rounds, by throughput. */
    const bestPost = (name: string) => posts[name].reduce((best, run) => (run.rps > best.rps ? run : best));

    // The playground as the demo runs it, beside this run's own first-page read (the bench's Strapi idles meanwhile).
    const asUsers = await asUsersRun({ seconds: SECONDS });

    const at = (size: number) => thread[size];
    const results = {
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` },
      date: new Date().toISOString(),
      secondsPerLoad: SECONDS,
      database: 'SQLite (better-sqlite3), NODE_ENV=production, one Strapi process',
      commentsFirstPage: {
        oursP50Ms: at(REFERENCE).ours.c1.p50,
        peerP50Ms: at(REFERENCE).peer.c1.p50,
        // By mean: autocannon's whole-millisecond p50 of ours is often 0.
        oursMeanMs: round(at(REFERENCE).ours.c1.mean, 2),
        peerOverOurs: round(at(REFERENCE).peer.c1.mean / at(REFERENCE).ours.c1.mean),
        oursAtSmallestP50Ms: at(SMALLEST).ours.c1.p50,
        oursAtHeaviestP50Ms: at(HEAVIEST).ours.c1.p50,
        queriesOurs: at(REFERENCE).ours.queries,
        queriesPeer: at(REFERENCE).peer.queries,
        oursRps10: at(REFERENCE).ours.c10.rps,
        peerRps10: at(REFERENCE).peer.c10.rps,
        rps10OursOverPeer: round(at(REFERENCE).ours.c10.rps / at(REFERENCE).peer.c10.rps),
      },
      commentsBigPage: {
        oursP50Ms: at(REFERENCE).oursBig.c1.p50,
        floorP50Ms: at(REFERENCE).floorBig.c1.p50,
        oursOverFloor: round(at(REFERENCE).oursBig.c1.p50 / at(REFERENCE).floorBig.c1.p50, 2),
        oursMeanMs: round(at(REFERENCE).oursBig.c1.mean, 2),
        floorMeanMs: round(at(REFERENCE).floorBig.c1.mean, 2),
        oursOverFloorByMean: round(at(REFERENCE).oursBig.c1.mean / at(REFERENCE).floorBig.c1.mean, 2),
        oursAtHeaviestP50Ms: at(HEAVIEST).oursBig.c1.p50,
        floorAtHeaviestP50Ms: at(HEAVIEST).floorBig.c1.p50,
        coldOursP50Ms: coldOurs.p50,
        coldFloorP50Ms: coldFloor.p50,
        coldOursOverFloor: round(coldOurs.p50 / coldFloor.p50, 2),
        cold: `${HEAVIEST} comments, pages 1..50 of 100 roots, each read once (page cache misses)`,
      },
      stall: {
        oursHealthP99Ms: stallOurs.health.p99,
        oursPinnedHealthP50Ms: stallOursPinned?.health.p50 ?? null,
        oursPinnedHealthP99Ms: stallOursPinned?.health.p99 ?? null,
        oursPinnedEventLoopDelayP99Ms: stallOursPinned?.loop.p99 ?? null,
        peerHealthP99Ms: stallPeer.health.p99,
        oursHealthP50Ms: stallOurs.health.p50,
        peerHealthP50Ms: stallPeer.health.p50,
        oursEventLoopDelayP99Ms: stallOurs.loop.p99,
        peerEventLoopDelayP99Ms: stallPeer.loop.p99,
        oursEventLoopDelayMaxMs: stallOurs.loop.max,
        peerEventLoopDelayMaxMs: stallPeer.loop.max,
        heaviest: `${HEAVIEST} comments: our 100-root page, the peer's default page`,
      },
      reviewList: {
        oursP50Ms: list.ours.c1!.p50,
        coreP50Ms: list.core.c1!.p50,
        oursOverCore: round(list.ours.c1!.p50 / list.core.c1!.p50, 2),
        oursRps10: list.ours.c10!.rps,
        coreRps10: list.core.c10!.rps,
        queriesOurs: listQueries.ours,
        queriesCore: listQueries.core,
      },
      commentPost: Object.fromEntries(
        [...Object.keys(posters), 'like'].map((name) => {
          const best = bestPost(name);
          return [name, { connections: 20, rps: best.rps, p50Ms: best.p50, p99Ms: best.p99, requests: best.requests, failed: best.non2xx, queries: postQueries[name] ?? 1, rounds: posts[name].map((run) => run.rps) }];
        })
      ),
      threadWithLikes: {
        likesOnFirstComment: withLikes.likes,
        beforeMeanMs: round(at(REFERENCE).ours.c1.mean, 2),
        afterMeanMs: round(withLikes.oldest.mean, 2),
        afterOverBefore: round(withLikes.oldest.mean / at(REFERENCE).ours.c1.mean, 2),
        topMeanMs: round(withLikes.top.mean, 2),
        topOverBefore: round(withLikes.top.mean / at(REFERENCE).ours.c1.mean, 2),
      },
      asUsersRun: {
        ...asUsers,
        benchFirstPage: { p50: at(REFERENCE).ours.c1.p50, mean: round(at(REFERENCE).ours.c1.mean, 2), rps: at(REFERENCE).ours.c1.rps },
        benchRpsOverWhilePosting: round(at(REFERENCE).ours.c1.rps / asUsers.whilePosting.rps, 2),
        benchRpsOverIdle: round(at(REFERENCE).ours.c1.rps / asUsers.idle.rps, 2),
      },
      admin: adminSizes(),
      threads: thread,
    };
    fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
  } finally {
    floorProcess.process?.kill();
    await call('stop').catch(() => server.kill());
  }
};

const printTable = (r: any) => {
  const row = (cells: unknown[]) => console.log(`| ${cells.join(' | ')} |`);
  console.log(`\n## Comment threads (p50 / p99 ms at 1 connection, req/s at 1 and 10, queries per request)`);
  row(['comments', 'contender', 'p50', 'p99', 'req/s (1)', 'req/s (10)', 'queries']);
  row(['---:', '---', '---:', '---:', '---:', '---:', '---:']);
  const label: Record<string, string> = { ours: 'ours, first page (20 roots)', peer: 'strapi-plugin-comments, default page (10 roots)', floor: 'floor, first page', oursBig: 'ours, 100 roots', floorBig: 'floor, 100 roots' };
  for (const [size, contenders] of Object.entries<any>(r.threads)) {
    for (const [name, c] of Object.entries<any>(contenders)) row([size, label[name], c.c1.p50, c.c1.p99, c.c1.rps, c.c10.rps, c.queries]);
  }
  const f = r.commentsFirstPage;
  console.log(`\nfirst page at ${REFERENCE}: ours p50 ${f.oursP50Ms} ms (mean ${f.oursMeanMs} ms) vs peer ${f.peerP50Ms} ms (${f.peerOverOurs}x by mean); at ${SMALLEST} ${f.oursAtSmallestP50Ms} ms, at ${HEAVIEST} ${f.oursAtHeaviestP50Ms} ms; req/s at 10 conns ${f.oursRps10} vs ${f.peerRps10} (${f.rps10OursOverPeer}x)`);
  const b = r.commentsBigPage;
  console.log(`100-root page at ${REFERENCE}: ours ${b.oursP50Ms} ms vs floor ${b.floorP50Ms} ms (${b.oursOverFloor}x; by mean ${b.oursMeanMs} vs ${b.floorMeanMs} ms, ${b.oursOverFloorByMean}x); cold pages at ${HEAVIEST}: ours ${b.coldOursP50Ms} ms vs floor ${b.coldFloorP50Ms} ms (${b.coldOursOverFloor}x)`);
  const st = r.stall;
  console.log(`/_health while 10 clients read the heaviest page: p50/p99 ours ${st.oursHealthP50Ms}/${st.oursHealthP99Ms} ms, peer ${st.peerHealthP50Ms}/${st.peerHealthP99Ms} ms; Strapi's event-loop delay p99 (max) ours ${st.oursEventLoopDelayP99Ms} (${st.oursEventLoopDelayMaxMs}) ms, peer ${st.peerEventLoopDelayP99Ms} (${st.peerEventLoopDelayMaxMs}) ms`);
  if (st.oursPinnedHealthP99Ms !== null) {
    console.log(`  the same with Strapi and the load generator each on its own core (taskset): /_health p50/p99 ours ${st.oursPinnedHealthP50Ms}/${st.oursPinnedHealthP99Ms} ms; event-loop delay p99 ${st.oursPinnedEventLoopDelayP99Ms} ms`);
  }
  console.log(`review list (20 cards): ours ${r.reviewList.oursP50Ms} ms vs core find ${r.reviewList.coreP50Ms} ms (${r.reviewList.oursOverCore}x); req/s at 10 ${r.reviewList.oursRps10} vs ${r.reviewList.coreRps10}; queries ${r.reviewList.queriesOurs} vs ${r.reviewList.queriesCore}`);
  const p = r.commentPost;
  const post = (c: any) => `${c.rps} req/s, p50 ${c.p50Ms} ms, p99 ${c.p99Ms} ms, ${c.queries} queries, ${c.failed} failed of ${c.requests}`;
  console.log(`comment POST, 20 clients (the better of 2 rounds): ours ${post(p.ours)}; peer ${post(p.peer)}; floor (bare insert) ${post(p.floor)}; ours ${round(p.ours.rps / p.peer.rps)}x the peer's req/s, ${round(p.ours.rps / p.floor.rps, 2)}x the floor's`);
  console.log(`like POST, 20 clients, a new reader each: ${post(p.like)}; ${round(p.like.rps / p.ours.rps, 2)}x our comment POST's req/s, ${p.like.queries} vs ${p.ours.queries} queries`);
  const l = r.threadWithLikes;
  console.log(`first page at ${REFERENCE} once its first comment has ${l.likesOnFirstComment} likes: mean ${l.afterMeanMs} ms vs ${l.beforeMeanMs} ms before (${l.afterOverBefore}x); sort=top ${l.topMeanMs} ms (${l.topOverBefore}x)`);
  const u = r.asUsersRun;
  console.log(
    `as users run it (strapi start, demo config, workers on): first page at 1 connection idle ${u.idle.rps} req/s (mean ${u.idle.mean} ms), while ${u.whilePosting.postsPerSecond} approved comments/s are posted ${u.whilePosting.rps} req/s (mean ${u.whilePosting.mean} ms); the bench's own first page ${u.benchFirstPage.rps} req/s (${u.benchRpsOverIdle}x idle, ${u.benchRpsOverWhilePosting}x while posting); burst of ${u.burst.posts} approved posts from 8 clients ${u.burst.postsPerSecond} posts/s, p50 ${u.burst.p50} ms, p99 ${u.burst.p99} ms, ${u.burst.failed} failed; webhook events ${JSON.stringify(u.events)}`
  );
  console.log(`admin (gzip): first admin page ${r.admin.firstPageGzipBytes} B, opening the plugin page +${r.admin.pluginPageGzipBytes} B (all chunks ${r.admin.allChunksGzipBytes} B)`);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
