#!/usr/bin/env node
'use strict';
/**
 * npx strapi-plugin-film-reviews import-wordpress <export.xml> [--uploads DIR] [--dry-run] [--report FILE]
 *
 * Runs inside a Strapi app (its folder is the working directory): loads the app as
 * `strapi console` does, runs the plugin's WordPress import with a progress bar, prints the
 * summary (with --dry-run, also what it would do with each post and why) and writes the full
 * report as JSON. Image variants are left to the app's own workers: this process only queues them.
 */
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { planLines } = require('./import-plan');

/** Items a dry run lists on the terminal; the report file has them all. */
const PLAN_LIMIT = 50;

const USAGE = 'Usage: npx strapi-plugin-film-reviews import-wordpress <export.xml> [--uploads <wp-content/uploads folder>] [--dry-run] [--report <file.json>]';

const fail = (message) => {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
};

const parse = () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { uploads: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, report: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const [command, file, ...rest] = positionals;
  if (command !== 'import-wordpress') fail(command ? `Unknown command "${command}".` : 'No command given.');
  if (!file || rest.length > 0) fail('Give exactly one export file.');
  if (!fs.existsSync(file)) fail(`No such file: ${file}`);
  if (values.uploads && !fs.statSync(values.uploads, { throwIfNoEntry: false })?.isDirectory()) fail(`Not a folder: ${values.uploads}`);
  return { file: path.resolve(file), uploadsDir: values.uploads && path.resolve(values.uploads), dryRun: values['dry-run'], reportFile: values.report && path.resolve(values.report) };
};

/** A bar on a terminal; a line per tenth of the posts when the output is a log. */
const progressBar = () => {
  if (process.stdout.isTTY) {
    const { SingleBar, Presets } = require('cli-progress');
    const bar = new SingleBar({ format: 'Importing |{bar}| {value}/{total} posts · {eta_formatted} left', hideCursor: true }, Presets.shades_classic);
    let started = false;
    return {
      update({ phase, done, total }) {
        if (phase !== 'importing') return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update({ phase, done, total }) {
      const tenth = total ? Math.floor((done / total) * 10) : 0;
      if (phase === 'importing' && tenth !== lastTenth) process.stdout.write(`Imported ${done}/${total} posts\n`);
      lastTenth = tenth;
    },
    stop() {},
  };
};

const main = async () => {
  const options = parse();
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  const appDir = process.cwd();
  let strapiModule;
  try {
    strapiModule = require(require.resolve('@strapi/strapi', { paths: [appDir] }));
  } catch {
    fail(`No Strapi app here (${appDir}): run this command in your Strapi project's folder.`);
  }
  const context = await strapiModule.compileStrapi();
  const strapi = strapiModule.createStrapi(context);
  strapi.log.level = process.env.LOG_LEVEL ?? 'warn';
  await strapi.load();
  const plugin = strapi.plugin('film-reviews');
  if (!plugin) fail('The film-reviews plugin is not enabled in this app (config/plugins).');
  // This process only imports: the app's running instances make the image variants and send what the outbox holds.
  for (const worker of ['image-worker', 'outbox-worker']) await plugin.service(worker).stop();
  plugin.service('retention').stop();

  const bar = progressBar();
  const started = Date.now();
  let report;
  try {
    report = await plugin.service('wordpress-import').run(options.file, { uploadsDir: options.uploadsDir, dryRun: options.dryRun, onProgress: bar.update });
  } finally {
    bar.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  const { reviews, comments, images } = report.totals;
  const lines = [
    `${options.dryRun ? 'Dry run (nothing written)' : 'Imported'} from ${report.site} in ${seconds.toFixed(1)} s`,
    `Reviews:  ${reviews.created} ${options.dryRun ? 'to create' : 'created'}, ${reviews.updated} updated, ${reviews.unchanged} unchanged, ${reviews.failed} failed`,
    `Comments: ${comments.created} ${options.dryRun ? 'to create' : 'created'}, ${comments.updated} updated, ${comments.unchanged} unchanged, ${comments.skipped} skipped (${comments.pingbacks} pingbacks/trackbacks)`,
    `Images:   ${images.uploaded} ${options.dryRun ? 'to upload' : 'uploaded'}, ${images.reused} reused, ${images.failed} failed`,
    `Skipped:  ${report.skipped.length} items`,
  ];
  const reportFile = options.reportFile ?? path.resolve(`wordpress-import-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  // A dry run is for deciding: say what would happen to each post, not only how many.
  if (options.dryRun) lines.push(...planLines(report, { limit: PLAN_LIMIT, reportFile }));
  else for (const post of report.posts.filter((each) => each.action === 'failed')) lines.push(`  failed: post ${post.wordpressId} "${post.title}": ${post.notes.at(-1)}`);
  fs.writeFileSync(reportFile, JSON.stringify(report, null, 2));
  lines.push(`Full report: ${reportFile}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  // The import is done and reported. Closing the pool rejects whatever query still waits for a
  // connection (seen on PostgreSQL, from a promise nobody awaits): that must not turn the finished
  // import into a failure, so nothing rejected from here on ends the process.
  process.on('unhandledRejection', () => {});
  await strapi.destroy().catch(() => {});
  process.exit(reviews.failed > 0 ? 1 : 0);
};

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
