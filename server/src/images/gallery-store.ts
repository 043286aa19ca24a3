import type { Core } from '@strapi/strapi';
import type { GalleryItem } from '../custom-fields/gallery/rules';
import { decodeJson } from '../database';

const PAGE = 500;

/** A row of a content type or component with its gallery fields. */
export interface GalleryRow {
  id: number;
  galleries: Record<string, GalleryItem[] | null>;
}

/**
 * Gallery fields wherever a content type or component has one: the app's own tables as well as
 * the plugin's. Written through the query engine, below the document service: a file that is
 * gone leaves its galleries whatever the document's state.
 */
export const galleryStore = (strapi: Core.Strapi) => ({
  /** The rows with a gallery set, a page at a time in id order. */
  async *rowsWithGalleries(uid: string, fields: string[]): AsyncGenerator<GalleryRow[]> {
    for (let lastId = 0; ; ) {
      const rows: Array<Record<string, any>> = await strapi.db.query(uid).findMany({
        select: ['id', ...fields],
        where: { id: { $gt: lastId }, $or: fields.map((field) => ({ [field]: { $notNull: true } })) },
        orderBy: { id: 'asc' },
        limit: PAGE,
      });
      yield rows.map((row) => ({ id: row.id, galleries: Object.fromEntries(fields.map((field) => [field, decodeJson<GalleryItem[]>(row[field])])) }));
      if (rows.length < PAGE) return;
      lastId = rows[rows.length - 1].id;
    }
  },

  async write(uid: string, id: number, galleries: Record<string, GalleryItem[]>) {
    await strapi.db.query(uid).update({ where: { id }, data: galleries });
  },
});
