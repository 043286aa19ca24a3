import { slugBase } from '../reviews/slug';
import type { StarRatingOptions } from '../custom-fields/star-rating/rules';
import { htmlToText } from './comment-fields';
import { convertPostBody, type PostBody } from './post-body';
import { RATING_META_KEYS, readRating } from './rating-text';
import type { WxrItem } from './wxr-reader';

/** An attachment of the export: what a gallery item or the cover is made from. */
export interface WxrAttachment {
  id: string;
  url: string;
  /** `_wp_attached_file`: its path under `wp-content/uploads`. */
  file: string;
  title: string;
  caption: string;
  alt: string;
  parent: string;
}

export interface ReviewFromPost {
  data: {
    title: string;
    slug: string;
    film: { title: string; releaseYear?: number };
    rating: number | null;
    spoilerWarning: { level: 'none' | 'major'; note?: string } | null;
    excerpt: string | null;
    body: string;
    reviewer: string;
    commentsOpen: boolean;
  };
  /** Attachment ids, in gallery order, then the cover's and the inline images'. */
  gallery: string[];
  cover?: string;
  inlineImages: string[];
  /** Published on WordPress, and complete enough to publish here. */
  publish: boolean;
  publishedAt?: Date;
  /** What could not be recovered or had to be decided: the report lists them with the post. */
  notes: string[];
}

/** WordPress stores non-ASCII slugs percent-encoded ("am%c3%a9lie-2001"). */
const decodedSlug = (slug: string) => {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
};

/** "Never Let Me Go (2010)", "Amélie (2001) – Paris, à la carte". */
const TITLE_WITH_YEAR = /^(.+?)\s*\((\d{4})\)\s*(?:[–—:|-].*)?$/;
const EXCERPT_MAX = 500;
const TITLE_MAX = 200;

/** "Never Let Me Go (2010)": the film and its year; else the film is named after the post. */
const filmOf = (title: string, notes: string[]) => {
  const named = TITLE_WITH_YEAR.exec(title);
  const year = named ? Number(named[2]) : undefined;
  const film = named && year! >= 1870 && year! <= 2100 ? { title: named[1], releaseYear: year } : { title };
  if (!film.releaseYear) notes.push('no release year in the title: the film is named after the post, its year left empty');
  return film;
};

/** From a rating meta key, else from the body's rating line; null when neither gives one. */
const ratingOf = (post: WxrItem, body: PostBody, scale: StarRatingOptions, notes: string[]): number | null => {
  const metaKey = RATING_META_KEYS.find((key) => post.meta[key]?.trim());
  const source = metaKey ? post.meta[metaKey] : body.ratingText;
  const reading = source === undefined ? { problem: 'no rating found' } : readRating(source, scale);
  if ('problem' in reading) notes.push(`${reading.problem}: left empty`);
  else if (reading.note) notes.push(reading.note);
  if (metaKey && body.ratingText) notes.push(`rating taken from the "${metaKey}" field; the rating line "${body.ratingText}" was removed from the body`);
  return 'problem' in reading ? null : reading.value;
};

/** The gallery's attachment ids, once each; a `[gallery]` without ids takes the post's attached images. */
const galleryOf = (post: WxrItem, body: PostBody, attachments: Map<string, WxrAttachment>, notes: string[]) => {
  const gallery: string[] = [];
  for (const id of body.gallery) {
    const ids = id === 'attached' ? [...attachments.values()].filter((attachment) => attachment.parent === post.id).map((attachment) => attachment.id) : [id];
    if (id === 'attached') notes.push(`a [gallery] without ids: the post's ${ids.length} attached images were used`);
    for (const each of ids) if (!gallery.includes(each)) gallery.push(each);
  }
  return gallery;
};

/**
 * Recovers a film review's fields from a WordPress post, without writing anything: the film
 * and year from a title like "Never Let Me Go (2010)", the rating from a rating meta key or a
 * rating line, the spoiler level from a "contains spoilers" banner, the body as Markdown.
 */
export const reviewFromPost = (
  post: WxrItem,
  context: { scale: StarRatingOptions; authors: Map<string, string>; attachments: Map<string, WxrAttachment>; attachmentByUrl: (url: string) => string | undefined }
): ReviewFromPost => {
  const notes: string[] = [];
  const title = htmlToText(post.title).slice(0, TITLE_MAX) || `Untitled post ${post.id}`;
  if (!htmlToText(post.title)) notes.push(`no title: named "${title}"`);
  const film = filmOf(title, notes);
  const body = convertPostBody(post.content, context.attachmentByUrl);
  const rating = ratingOf(post, body, context.scale, notes);
  const gallery = galleryOf(post, body, context.attachments, notes);
  for (const url of body.externalImages) notes.push(`image not in the export, left pointing at ${url}`);
  for (const name of body.unknownShortcodes) notes.push(`shortcode [${name}] is not known to the import: left as text`);

  const excerptText = htmlToText(post.excerpt);
  if (excerptText.length > EXCERPT_MAX) notes.push(`excerpt cut to ${EXCERPT_MAX} characters`);
  const reviewer = context.authors.get(post.creator) || post.creator;
  if (!reviewer) notes.push('no author: the byline is empty');

  const published = post.status === 'publish';
  const publishedAt = published && post.date ? new Date(`${post.date.replace(' ', 'T')}Z`) : undefined;
  const complete = rating !== null && Boolean(reviewer);
  if (published && !complete) notes.push('published on WordPress but incomplete here: imported as a draft');

  return {
    data: {
      title,
      slug: slugBase(decodedSlug(post.slug) || title),
      film,
      rating,
      spoilerWarning: body.spoilerBanner ? { level: 'major', note: body.spoilerBanner.slice(0, 280) } : null,
      excerpt: excerptText ? excerptText.slice(0, EXCERPT_MAX) : null,
      body: body.markdown,
      reviewer,
      commentsOpen: post.commentStatus !== 'closed',
    },
    gallery,
    cover: post.meta._thumbnail_id || undefined,
    inlineImages: body.inlineImages,
    publish: published && complete,
    publishedAt: publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt : undefined,
    notes,
  };
};
