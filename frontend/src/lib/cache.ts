/**
 * A small in-process cache for review lists and reviews, each kept `ttlMs` (a short TTL: an edit
 * shows within seconds, and a busy page costs Strapi one request per TTL). Comment threads are not
 * kept here: the client package revalidates them on every view with the plugin's ETag, which
 * answers 304 after one query, so a newly approved comment shows at once.
 */
interface Entry {
  body: unknown;
  expires: number;
}

const MAX_ENTRIES = 500;
const entries = new Map<string, Entry>();

export const cached = (key: string) => entries.get(key);

export const remember = (key: string, body: unknown, ttlMs: number) => {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { body, expires: Date.now() + ttlMs });
};

/** Drops every entry whose key starts with `prefix`: a change this server made itself shows at once. */
export const forget = (prefix: string) => {
  for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
};
