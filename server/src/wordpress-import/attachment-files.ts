import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Core } from '@strapi/strapi';
import type { WxrAttachment } from './review-fields';

const DOWNLOAD_TIMEOUT_MS = 60_000;
const MAX_BYTES = 50 * 1024 * 1024;
const MIME_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.svg': 'image/svg+xml',
};

interface LocalCopy {
  filepath: string;
  name: string;
  mime: string;
  /** A download to forget once uploaded; a file of the uploads folder stays where it is. */
  temporary: boolean;
}

/** `wp-content/uploads/<_wp_attached_file>` inside the folder given, never outside it. */
const fromUploadsFolder = (attachment: WxrAttachment, uploadsDir: string): LocalCopy | undefined => {
  const relative = attachment.file || new URL(attachment.url).pathname.split('/wp-content/uploads/')[1];
  if (!relative) return undefined;
  const root = path.resolve(uploadsDir);
  const filepath = path.resolve(root, decodeURIComponent(relative));
  if (!filepath.startsWith(root + path.sep) || !fs.existsSync(filepath)) return undefined;
  const name = path.basename(filepath);
  return { filepath, name, mime: MIME_BY_EXTENSION[path.extname(name).toLowerCase()] ?? 'application/octet-stream', temporary: false };
};

const download = async (attachment: WxrAttachment): Promise<LocalCopy> => {
  const url = new URL(attachment.url);
  if (!['http:', 'https:'].includes(url.protocol)) throw new Error(`not an http(s) address: ${attachment.url}`);
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok || !response.body) throw new Error(`${attachment.url} answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) throw new Error(`${attachment.url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const name = path.basename(decodeURIComponent(url.pathname)) || `attachment-${attachment.id}`;
  const mime = (response.headers.get('content-type') ?? '').split(';')[0].trim() || MIME_BY_EXTENSION[path.extname(name).toLowerCase()] || '';
  if (!mime.startsWith('image/')) throw new Error(`${attachment.url} is not an image (${mime || 'no type'})`);
  const directory = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'film-reviews-wp-'));
  const filepath = path.join(directory, name);
  let received = 0;
  const limited = Readable.fromWeb(response.body as any).on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_BYTES) limited.destroy(new Error(`${attachment.url} is larger than ${MAX_BYTES / 1024 / 1024} MB`));
  });
  await pipeline(limited, fs.createWriteStream(filepath));
  return { filepath, name, mime, temporary: true };
};

/**
 * Brings a WordPress attachment into the media library through Strapi's upload service (so any
 * upload provider works, and the plugin's image pipeline queues its variants): read from a local
 * copy of `wp-content/uploads` when one is given and holds the file, else downloaded.
 */
export const uploadAttachment = async (strapi: Core.Strapi, attachment: WxrAttachment, uploadsDir?: string): Promise<{ id: number; url: string }> => {
  const copy = (uploadsDir && fromUploadsFolder(attachment, uploadsDir)) || (await download(attachment));
  try {
    const { size } = await fs.promises.stat(copy.filepath);
    const [file] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: copy.name, alternativeText: attachment.alt || null, caption: attachment.caption || null } },
      files: { filepath: copy.filepath, originalFilename: copy.name, mimetype: copy.mime, size },
    });
    return { id: file.id, url: file.url };
  } finally {
    if (copy.temporary) await fs.promises.rm(path.dirname(copy.filepath), { recursive: true, force: true });
  }
};
