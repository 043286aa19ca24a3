import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { UploadFile } from './upload-file';

/**
 * The bytes of an uploaded original, whatever the provider: an absolute URL (S3 and friends)
 * is downloaded, a relative one is read from the public folder (the local provider).
 */
export const readOriginal = async (strapi: Core.Strapi, file: Pick<UploadFile, 'url'>): Promise<Buffer> => {
  if (/^https?:\/\//i.test(file.url)) {
    const response = await fetch(file.url);
    if (!response.ok) throw new Error(`downloading ${file.url} failed with HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }
  const publicDir = strapi.dirs.static.public;
  const target = path.resolve(publicDir, `.${file.url.split('?')[0]}`);
  if (!target.startsWith(path.resolve(publicDir) + path.sep)) throw new Error(`refusing to read ${file.url} outside the public folder`);
  return fs.readFile(target);
};
