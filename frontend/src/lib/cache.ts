/**
 * A small in-process cache for the plugin's read routes. Reviews and lists live `ttlMs` (a short
 * TTL: an edit shows within seconds, and a busy page costs Strapi one request per TTL); comment
 * threads are revalidated on every view with the plugin's ETag, which answers 304 after one query,
 * so a newly approved comment shows at once.
 */
interface Entry {
  body: unknown;
  etag: string | null;
  expires: number;
}

const MAX_ENTRIES = 500;
const entries = new Map<string, Entry>();

export const cached = (url: string) => entries.get(url);

export const remember = (url: string, body: unknown, etag: string | null, ttlMs: number) => {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(url, { body, etag, expires: Date.now() + ttlMs });
};
