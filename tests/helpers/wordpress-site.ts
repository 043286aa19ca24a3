import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { testJpeg } from './upload';

export const WORDPRESS_FIXTURE = path.resolve(__dirname, '../fixtures/wordpress/film-blog.xml');
const STILL = /^\/wp-content\/uploads\/2015\/03\/nlmg-still-([1-6])\.jpg$/;

export interface WordPressSite {
  /** http://127.0.0.1:<port>, what the export names as its site. */
  url: string;
  /** Paths requested so far: a second import should add none. */
  requests: string[];
  /** The fixture export pointing at this site, after `edit`, written to a temporary file. */
  writeExport(edit?: (xml: string) => string): string;
  /** A copy of the site's `wp-content/uploads`, for offline imports. */
  uploadsDir: string;
  close(): Promise<void>;
}

/** The old blog: serves the six stills of the fixture export from 127.0.0.1, as WordPress would. */
export const startWordPressSite = async (): Promise<WordPressSite> => {
  const stills = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => testJpeg(1800, 1013, n)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-wp-site-'));
  const uploadsDir = path.join(dir, 'uploads');
  fs.mkdirSync(path.join(uploadsDir, '2015/03'), { recursive: true });
  stills.forEach((bytes, index) => fs.writeFileSync(path.join(uploadsDir, `2015/03/nlmg-still-${index + 1}.jpg`), bytes));
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    const match = STILL.exec(request.url ?? '');
    if (!match) {
      response.writeHead(404).end();
      return;
    }
    const bytes = stills[Number(match[1]) - 1];
    response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': bytes.length }).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let written = 0;
  return {
    url,
    requests,
    uploadsDir,
    writeExport(edit = (xml) => xml) {
      written += 1;
      const file = path.join(dir, `export-${written}.xml`);
      fs.writeFileSync(file, edit(fs.readFileSync(WORDPRESS_FIXTURE, 'utf8').replaceAll('{{SITE}}', url)));
      return file;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
