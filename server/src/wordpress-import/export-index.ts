import { htmlToText } from './comment-fields';
import type { ImportReport } from './import-report';
import type { WxrAttachment } from './review-fields';
import { readWxr, type WxrChannel } from './wxr-reader';

const SIZE_SUFFIX = /-\d+x\d+(?=\.[a-z0-9]+$)/i;
const withoutQuery = (url: string) => url.split(/[?#]/)[0];

/** What the first pass over an export learns: the blog, its authors and attachments, how many posts. */
export interface ExportIndex {
  channel: WxrChannel;
  attachments: Map<string, WxrAttachment>;
  byUrl: Map<string, string>;
  posts: number;
}

/** `https://blog.example.com/` -> `blog.example.com`: the same blog over http or https is one source. */
export const siteKey = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase() || 'wordpress';

/** The first streaming pass: attachments and authors (small); items that are neither post nor attachment are listed as skipped. */
export const indexExport = async (file: string, report: ImportReport): Promise<ExportIndex> => {
  const index: ExportIndex = { channel: { siteUrl: '', authors: [] }, attachments: new Map(), byUrl: new Map(), posts: 0 };
  for await (const entry of readWxr(file)) {
    if ('channel' in entry) {
      index.channel = entry.channel;
      continue;
    }
    const { item } = entry;
    if (item.type === 'post') index.posts += 1;
    else if (item.type === 'attachment') {
      index.attachments.set(item.id, {
        id: item.id,
        url: item.attachmentUrl,
        file: item.meta._wp_attached_file ?? '',
        title: htmlToText(item.title),
        caption: htmlToText(item.excerpt),
        alt: item.meta._wp_attachment_image_alt ?? '',
        parent: item.parent,
      });
      index.byUrl.set(withoutQuery(item.attachmentUrl), item.id);
    } else {
      report.skipped.push({ kind: 'item', wordpressId: item.id, title: htmlToText(item.title), reason: `a ${item.type || 'item without a type'}, not a post` });
    }
  }
  return index;
};

/** The attachment an image URL of a post names, also as one of WordPress's resized copies (`-300x200`). */
export const attachmentByUrl = (index: ExportIndex) => (url: string) => {
  const plain = withoutQuery(url);
  return index.byUrl.get(plain) ?? index.byUrl.get(plain.replace(SIZE_SUFFIX, ''));
};
