export interface GalleryItem {
  file: number;
  caption?: string;
  alt?: string;
  credit?: string;
  spoiler?: boolean;
}

/** Moves one item to another position; pure, so drag and keyboard share it. */
export const moveItem = <T>(items: T[], from: number, to: number): T[] => {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
};

/** Applies edits; empty texts and a false spoiler flag are dropped so only references and real text are stored. */
export const patchItem = (item: GalleryItem, changes: Partial<Omit<GalleryItem, 'file'>>): GalleryItem => {
  const next: Record<string, unknown> = { ...item, ...changes };
  for (const key of ['caption', 'alt', 'credit'] as const) if (!next[key]) delete next[key];
  if (!next.spoiler) delete next.spoiler;
  return next as unknown as GalleryItem;
};

/** Adds images not yet in the gallery, up to the limit. */
export const addFiles = (items: GalleryItem[], fileIds: number[], maxItems: number): GalleryItem[] => {
  const present = new Set(items.map((item) => item.file));
  const added = [...new Set(fileIds)].filter((id) => !present.has(id)).map((file) => ({ file }));
  return [...items, ...added].slice(0, maxItems);
};
