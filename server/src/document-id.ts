import { randomUUID } from 'node:crypto';

/** A new document id for rows written below the document service (bulk inserts): 24 lowercase hex characters, like Strapi's. */
export const newDocumentId = () => randomUUID().replace(/-/g, '').slice(0, 24);
