import fs from 'node:fs';
import { SaxesParser } from 'saxes';

/** One `<wp:comment>` of a post, as WordPress exported it. */
export interface WxrComment {
  id: string;
  author: string;
  email: string;
  url: string;
  ip: string;
  /** `comment_date_gmt` (UTC), or the local `comment_date` when the GMT one is empty. */
  date: string;
  content: string;
  /** `1`, `0`, `spam`, `trash` (or `post-trashed`). */
  approved: string;
  /** Empty or `comment` for a comment; `pingback`, `trackback`… for the rest. */
  type: string;
  parent: string;
  /** The WordPress user who wrote it, `0` for a visitor. */
  userId: string;
}

/** One `<item>`: a post, a page, an attachment, a menu item… */
export interface WxrItem {
  id: string;
  type: string;
  status: string;
  /** `open` or `closed`. */
  commentStatus: string;
  title: string;
  slug: string;
  link: string;
  creator: string;
  /** `post_date_gmt` (UTC), or the local `post_date` when the GMT one is empty. */
  date: string;
  content: string;
  excerpt: string;
  parent: string;
  attachmentUrl: string;
  meta: Record<string, string>;
  comments: WxrComment[];
}

export interface WxrAuthor {
  id: string;
  login: string;
  displayName: string;
}

/** What the export's `<channel>` says about the site, before its items. */
export interface WxrChannel {
  siteUrl: string;
  authors: WxrAuthor[];
}

interface Element {
  name: string;
  text: string;
  children: Element[];
}

/** What names the blog an export came from: the blog's own URL first (a multisite network has several). */
const SITE_URL_PRIORITY = ['wp:base_blog_url', 'wp:base_site_url', 'link'];

const child = (element: Element, name: string) => element.children.find((candidate) => candidate.name === name);
const text = (element: Element | undefined, name: string) => (element ? child(element, name)?.text.trim() ?? '' : '');
/** HTML bodies keep their whitespace: WordPress turns blank lines into paragraphs. */
const rawText = (element: Element, name: string) => child(element, name)?.text ?? '';
/** A WordPress date, or '' for WordPress's "no date" value. */
const wpDate = (gmt: string, local: string) => [gmt, local].find((value) => value && !value.startsWith('0000')) ?? '';

const toComment = (element: Element): WxrComment => ({
  id: text(element, 'wp:comment_id'),
  author: text(element, 'wp:comment_author'),
  email: text(element, 'wp:comment_author_email'),
  url: text(element, 'wp:comment_author_url'),
  ip: text(element, 'wp:comment_author_IP'),
  date: wpDate(text(element, 'wp:comment_date_gmt'), text(element, 'wp:comment_date')),
  content: rawText(element, 'wp:comment_content'),
  approved: text(element, 'wp:comment_approved'),
  type: text(element, 'wp:comment_type'),
  parent: text(element, 'wp:comment_parent'),
  userId: text(element, 'wp:comment_user_id'),
});

const toItem = (element: Element): WxrItem => ({
  id: text(element, 'wp:post_id'),
  type: text(element, 'wp:post_type'),
  status: text(element, 'wp:status'),
  commentStatus: text(element, 'wp:comment_status'),
  title: text(element, 'title'),
  slug: text(element, 'wp:post_name'),
  link: text(element, 'link'),
  creator: text(element, 'dc:creator'),
  date: wpDate(text(element, 'wp:post_date_gmt'), text(element, 'wp:post_date')),
  content: rawText(element, 'content:encoded'),
  excerpt: rawText(element, 'excerpt:encoded'),
  parent: text(element, 'wp:post_parent'),
  attachmentUrl: text(element, 'wp:attachment_url'),
  meta: Object.fromEntries(
    element.children.filter((entry) => entry.name === 'wp:postmeta').map((entry) => [text(entry, 'wp:meta_key'), text(entry, 'wp:meta_value')])
  ),
  comments: element.children.filter((entry) => entry.name === 'wp:comment').map(toComment),
});

/**
 * Streams a WordPress export (WXR): the file is read in chunks through a SAX parser and only
 * the `<item>` being read is held in memory, so a 200 MB export costs what its largest post
 * costs. Yields the channel first, then every item in file order.
 */
export async function* readWxr(file: string): AsyncGenerator<{ channel: WxrChannel } | { item: WxrItem }> {
  const parser = new SaxesParser({ xmlns: false });
  const stack: Element[] = [];
  const ready: Array<{ channel: WxrChannel } | { item: WxrItem }> = [];
  const channel: WxrChannel = { siteUrl: '', authors: [] };
  const siteUrls: Record<string, string> = {};
  let channelSent = false;
  // rss > channel > (item | wp:author | link …) > their fields: text is kept from depth 3 down.
  const appendText = (value: string) => {
    if (stack.length >= 3) stack[stack.length - 1].text += value;
  };

  parser.on('opentag', (tag) => {
    stack.push({ name: tag.name, text: '', children: [] });
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  parser.on('closetag', () => {
    const element = stack.pop()!;
    if (stack.length >= 3) {
      stack[stack.length - 1].children.push(element);
    } else if (stack.length === 2 && element.name === 'item') {
      if (!channelSent) {
        ready.push({ channel });
        channelSent = true;
      }
      ready.push({ item: toItem(element) });
    } else if (stack.length === 2 && element.name === 'wp:author') {
      channel.authors.push({ id: text(element, 'wp:author_id'), login: text(element, 'wp:author_login'), displayName: text(element, 'wp:author_display_name') });
    } else if (stack.length === 2 && SITE_URL_PRIORITY.includes(element.name)) {
      siteUrls[element.name] = element.text.trim();
      channel.siteUrl = SITE_URL_PRIORITY.map((name) => siteUrls[name]).find(Boolean) ?? '';
    }
  });

  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  for await (const chunk of stream) {
    parser.write(chunk as string);
    while (ready.length > 0) yield ready.shift()!;
  }
  parser.close();
  if (!channelSent) ready.push({ channel });
  while (ready.length > 0) yield ready.shift()!;
}
