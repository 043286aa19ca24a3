import type { ImageObject } from 'strapi-plugin-film-reviews-client';
import { config } from './config';

/** "4 out of 5 stars", "4.5 out of 5 stars": what a screen reader says for the stars. */
export const starsText = (value: number, max: number) => `${value} out of ${max} stars`;

/** ★★★★½☆ as characters: full, half and empty stars. */
export const starGlyphs = (value: number, max: number) => {
  const full = Math.floor(value);
  const half = value - full >= 0.5 ? 1 : 0;
  return { full, half, empty: Math.max(0, max - full - half) };
};

export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export const formatDate = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : 'Not published yet';

/** Upload URLs are relative with Strapi's local provider, absolute with S3 and friends. */
export const mediaUrl = (url: string) => (/^https?:\/\//.test(url) ? url : `${config.mediaUrl}${url}`);

export const absoluteSrcset = (srcset: string) =>
  srcset
    .split(',')
    .map((entry) => {
      const [url, width] = entry.trim().split(/\s+/);
      return `${mediaUrl(url)} ${width}`;
    })
    .join(', ');

/**
 * The <img> fallback: the smallest WebP variant when there is one, so a browser that skips the
 * <source>s still never downloads the multi-megabyte original.
 */
export const fallbackSrc = (image: ImageObject) => {
  const webp = image.sources.find((source) => source.type === 'image/webp');
  const first = webp?.srcset.split(',')[0]?.trim().split(/\s+/)[0];
  return mediaUrl(first ?? image.url);
};

/** The largest variant, for Open Graph cards. */
export const largestSrc = (image: ImageObject) => {
  const webp = image.sources.find((source) => source.type === 'image/webp');
  const last = webp?.srcset.split(',').at(-1)?.trim().split(/\s+/)[0];
  return mediaUrl(last ?? image.url);
};

export const placeholderStyle = (image: Pick<ImageObject, 'placeholder'>) =>
  image.placeholder ? `background:${image.placeholder.color} url(${image.placeholder.dataUri}) center/cover no-repeat` : 'background:#ddd';

export const SPOILER_LEVEL_TEXT = { none: 'No spoilers', mild: 'Mild spoilers', major: 'Major spoilers' } as const;

/** Keeps the page's other query parameters (comment page…) and sets these; null removes one. */
export const withParams = (url: URL, params: Record<string, string | null>) => {
  const next = new URL(url);
  for (const [name, value] of Object.entries(params)) {
    if (value === null) next.searchParams.delete(name);
    else next.searchParams.set(name, value);
  }
  return `${next.pathname}${next.search}`;
};

export const withParam = (url: URL, name: string, value: string | null) => withParams(url, { [name]: value });
