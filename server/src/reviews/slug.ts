import slugify from 'slugify';

const FALLBACK_SLUG = 'review';

/** "Amélie (2001)" -> "amelie-2001": lowercase, transliterated, only [a-z0-9-]. */
export const slugBase = (text: string): string =>
  slugify(text, { lower: true, strict: true, trim: true }).replace(/-+/g, '-').replace(/^-|-$/g, '') || FALLBACK_SLUG;

/** The base itself when free, else the first free `base-2`, `base-3`, … */
export const firstFreeSlug = (base: string, taken: Iterable<string>): string => {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
};

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
