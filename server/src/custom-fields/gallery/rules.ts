import type { FieldIssue } from '../field-issue';

export const GALLERY_DEFAULTS = { maxItems: 50 } as const;
export const GALLERY_MAX_ITEMS_RANGE = { min: 1, max: 200 } as const;
export const GALLERY_TEXT_LIMITS = { caption: 500, alt: 250, credit: 200 } as const;

/** One gallery entry as stored: a reference to an upload file plus per-gallery text. */
export interface GalleryItem {
  file: number;
  caption?: string | null;
  alt?: string | null;
  credit?: string | null;
  spoiler?: boolean;
}

const ALLOWED_KEYS = new Set(['file', 'caption', 'alt', 'credit', 'spoiler']);

export const galleryOptions = (raw: unknown) => {
  const maxItems = Number((raw as { maxItems?: unknown } | undefined)?.maxItems ?? GALLERY_DEFAULTS.maxItems);
  return {
    maxItems:
      Number.isInteger(maxItems) && maxItems >= GALLERY_MAX_ITEMS_RANGE.min && maxItems <= GALLERY_MAX_ITEMS_RANGE.max
        ? maxItems
        : GALLERY_DEFAULTS.maxItems,
  };
};

/** Shape rules; whether each file exists and is an image needs the database (see fileIdsOf). */
export const checkGallery = (value: unknown, options: { maxItems: number }): FieldIssue[] => {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return [{ path: [], message: 'must be a list of images' }];
  const issues: FieldIssue[] = [];
  if (value.length > options.maxItems) {
    issues.push({ path: [], message: `must have at most ${options.maxItems} images` });
  }
  const seen = new Set<number>();
  value.forEach((item, index) => {
    const at = (key?: string) => (key ? [String(index), key] : [String(index)]);
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      issues.push({ path: at(), message: `item ${index} must be an object { file, caption, alt, credit, spoiler }` });
      return;
    }
    for (const key of Object.keys(item)) {
      if (!ALLOWED_KEYS.has(key)) issues.push({ path: at(key), message: `item ${index} has an unknown key "${key}"` });
    }
    const { file } = item as Record<string, unknown>;
    if (!Number.isInteger(file) || (file as number) <= 0) {
      issues.push({ path: at('file'), message: `item ${index} needs the id of an uploaded image in "file"` });
    } else if (seen.has(file as number)) {
      issues.push({ path: at('file'), message: `item ${index} repeats file ${file}` });
    } else {
      seen.add(file as number);
    }
    for (const [key, limit] of Object.entries(GALLERY_TEXT_LIMITS)) {
      const text = (item as Record<string, unknown>)[key];
      if (text === undefined || text === null) continue;
      if (typeof text !== 'string') issues.push({ path: at(key), message: `item ${index} ${key} must be text` });
      else if (text.length > limit) issues.push({ path: at(key), message: `item ${index} ${key} must be at most ${limit} characters` });
    }
    const { spoiler } = item as Record<string, unknown>;
    if (spoiler !== undefined && typeof spoiler !== 'boolean') {
      issues.push({ path: at('spoiler'), message: `item ${index} spoiler must be true or false` });
    }
  });
  return issues;
};

/** The file references of a gallery value that passed checkGallery, with their item paths. */
export const fileIdsOf = (value: unknown): Array<{ path: string[]; id: number }> =>
  Array.isArray(value) ? value.map((item: GalleryItem, index) => ({ path: [String(index), 'file'], id: item.file })) : [];
