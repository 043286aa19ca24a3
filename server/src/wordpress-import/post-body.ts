import TurndownService from 'turndown';
import { ratingLine } from './rating-text';

/** What a WordPress post body held besides its text. */
export interface PostBody {
  /** Markdown for the `body` field, inline spoilers as `||…||`. */
  markdown: string;
  /** Attachment ids of the post's galleries, in order; `attached` for a `[gallery]` without ids. */
  gallery: Array<string | 'attached'>;
  /** The text of the "contains spoilers" banner, removed from the body. */
  spoilerBanner?: string;
  /** The rating line's value (`★★★★☆`, `8/10`…), removed from the body. */
  ratingText?: string;
  /** Attachments shown inline: the Markdown holds `wp-attachment:<id>` until they are uploaded. */
  inlineImages: string[];
  /** Images from outside the export, left pointing where they were. */
  externalImages: string[];
  /** Shortcodes the import does not know, left as text. */
  unknownShortcodes: string[];
}

/** Marks an inline image's URL until its upload is known. */
export const inlineImageUrl = (attachmentId: string) => `wp-attachment:${attachmentId}`;

const BANNER = /\b(?:(?:may|might|will)\s+)?contains?\s+(?:major\s+|minor\s+|some\s+|plot\s+)?spoilers?\b|\bspoiler\s+(?:warning|alert)\b|\bspoilers\s+ahead\b/i;
const BANNER_MAX_LENGTH = 400;
const BLOCK = /^\s*<(?:p|div|h[1-6]|ul|ol|li|blockquote|pre|figure|table|hr|!--)/i;
const KNOWN_SHORTCODES = new Set(['gallery', 'spoiler', 'caption']);

/** The parts of the DOM turndown hands its rules that the import reads (the server has no DOM types). */
interface HtmlNode {
  nodeName: string;
  parentNode: HtmlNode | null;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlNode | null;
  querySelectorAll(selector: string): ArrayLike<HtmlNode>;
}
const html = (node: unknown) => node as HtmlNode;

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attributes)?.[1];

/**
 * WordPress stores classic-editor posts without paragraphs and adds them when it shows the
 * post (wpautop): blank lines part paragraphs, single newlines are line breaks. Block-editor
 * posts (`<!-- wp:` comments) already hold their markup.
 */
const autop = (source: string) => {
  if (source.includes('<!-- wp:')) return source;
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br />\n')}</p>`))
    .join('\n');
};

/** The attachment id an `<img>` names: `wp-image-12`, `data-id="12"`, or its URL among the export's attachments. */
const imageAttachment = (image: HtmlNode, attachmentByUrl: (url: string) => string | undefined) => {
  const fromClass = /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(image.getAttribute('class') ?? '')?.[1];
  return fromClass ?? image.getAttribute('data-id') ?? attachmentByUrl(image.getAttribute('src') ?? '');
};

const hasClass = (node: unknown, name: string) => (html(node).getAttribute?.('class') ?? '').split(/\s+/).includes(name);
const isGallery = (node: unknown) => html(node).nodeName === 'FIGURE' && hasClass(node, 'wp-block-gallery');
const inGallery = (node: HtmlNode) => {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) if (isGallery(parent)) return true;
  return false;
};

/** Shortcodes before the HTML is read: galleries noted, spoilers and captions made HTML, unknown ones listed. */
const expandShortcodes = (source: string, result: PostBody) => {
  const prepared = autop(source)
    .replace(/\[gallery([^\]]*)\]/gi, (_match, attributes: string) => {
      const ids = attribute(attributes, 'ids');
      result.gallery.push(...(ids ? ids.split(',').map((id) => id.trim()).filter(Boolean) : ['attached' as const]));
      return '';
    })
    .replace(/\[spoiler[^\]]*\]([\s\S]*?)\[\/spoiler\]/gi, '<span class="spoiler">$1</span>')
    .replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/gi, '$1');
  for (const [, name] of prepared.matchAll(/\[([a-z][\w-]*)[^\]\n]*\]/gi)) {
    const lower = name.toLowerCase();
    if (!KNOWN_SHORTCODES.has(lower) && !result.unknownShortcodes.includes(lower)) result.unknownShortcodes.push(lower);
  }
  return prepared;
};

type AttachmentByUrl = (url: string) => string | undefined;

/** A gallery block's images go to the gallery field, not the body. */
const galleryBlock = (result: PostBody, attachmentByUrl: AttachmentByUrl): TurndownService.Rule => ({
  filter: isGallery,
  replacement: (_content, node) => {
    for (const image of Array.from(html(node).querySelectorAll('img'))) {
      const id = imageAttachment(image, attachmentByUrl);
      if (id) result.gallery.push(id);
      else result.externalImages.push(image.getAttribute('src') ?? '');
    }
    return '\n\n';
  },
});

/** The first rating line and the first spoiler banner leave the body for their own fields. */
const bannerAndRating = (result: PostBody): TurndownService.Rule => ({
  filter: (candidate) => {
    const node = html(candidate);
    if (!['P', 'DIV', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6'].includes(node.nodeName)) return false;
    if (node.querySelector('p, div, figure, img')) return false;
    const text = (node.textContent ?? '').trim();
    if (!result.ratingText && ratingLine(text)) return true;
    return !result.spoilerBanner && text.length <= BANNER_MAX_LENGTH && BANNER.test(text);
  },
  replacement: (_content, node) => {
    const text = (html(node).textContent ?? '').trim().replace(/\s+/g, ' ');
    const rating = ratingLine(text);
    if (rating && !result.ratingText) result.ratingText = rating;
    else result.spoilerBanner = text;
    return '\n\n';
  },
});

/** An image of the export points at its attachment (replaced by the upload's URL on import); others stay where they were. */
const bodyImage = (result: PostBody, attachmentByUrl: AttachmentByUrl): TurndownService.Rule => ({
  filter: 'img',
  replacement: (_content, node) => {
    const image = html(node);
    // The gallery block collects its own images.
    if (inGallery(image)) return '';
    const alt = (image.getAttribute('alt') ?? '').replace(/[[\]]/g, '');
    const id = imageAttachment(image, attachmentByUrl);
    if (id) {
      result.inlineImages.push(id);
      return `![${alt}](${inlineImageUrl(id)})`;
    }
    const src = image.getAttribute('src') ?? '';
    if (!src) return '';
    result.externalImages.push(src);
    return `![${alt}](${src})`;
  },
});

/**
 * Converts a post's HTML to the Markdown the `body` field holds and pulls out what belongs in
 * other fields: galleries (shortcodes and gallery blocks), the spoiler banner, the rating line,
 * and `<span class="spoiler">` / `[spoiler]…[/spoiler]` as `||…||`.
 */
export const convertPostBody = (source: string, attachmentByUrl: AttachmentByUrl): PostBody => {
  const result: PostBody = { markdown: '', gallery: [], inlineImages: [], externalImages: [], unknownShortcodes: [] };
  const prepared = expandShortcodes(source, result);
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  turndown.remove(['script', 'style', 'noscript']);
  turndown.addRule('gallery-block', galleryBlock(result, attachmentByUrl));
  turndown.addRule('spoiler', { filter: (node) => hasClass(node, 'spoiler'), replacement: (content) => (content.trim() ? `||${content.trim()}||` : '') });
  turndown.addRule('banner-and-rating', bannerAndRating(result));
  turndown.addRule('image', bodyImage(result, attachmentByUrl));
  result.markdown = turndown.turndown(prepared).trim();
  return result;
};
