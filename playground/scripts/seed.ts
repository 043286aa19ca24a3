import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { REFERENCE_COMMENTS, REFERENCE_FR, REFERENCE_LOCALE, REFERENCE_SLUG, REVIEWS } from './seed-content';
import { ensureStills, STILLS } from './stills';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const COMMENT_UID = 'plugin::film-reviews.reader-comment';

export const demoAdmin = () => ({
  email: process.env.DEMO_ADMIN_EMAIL || 'admin@example.com',
  password: process.env.DEMO_ADMIN_PASSWORD || 'Admin12345!',
});

/** Creates the demo super admin unless a user with that email exists. */
export const ensureDemoAdmin = async (strapi: Core.Strapi) => {
  const { email, password } = demoAdmin();
  const existing = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (existing) return existing;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  return strapi.service('admin::user').create({
    email,
    password,
    firstname: 'Demo',
    lastname: 'Editor',
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
};

/** Reviews are keyed by slug, comments by the reference review: running it twice adds nothing. */
export const seedContent = async (strapi: Core.Strapi) => {
  const reviews = strapi.documents(REVIEW_UID as any);
  for (const { published, ...data } of REVIEWS) {
    const existing = await strapi.db.query(REVIEW_UID).findOne({ where: { title: data.title }, select: ['id'] });
    if (!existing) {
      await reviews.create({ data: data as any, ...(published ? { status: 'published' as const } : {}) });
    }
  }

  const reference = await strapi.db.query(REVIEW_UID).findOne({ where: { slug: REFERENCE_SLUG }, select: ['documentId'] });
  if (!reference) throw new Error(`The reference review "${REFERENCE_SLUG}" is missing after seeding`);
  await seedGallery(strapi, reference.documentId);
  await seedFrench(strapi, reference.documentId);
  await seedThread(strapi, reference.documentId);
};

/** The French version of the reference review, published at its own slug; the images stay the review's. */
const seedFrench = async (strapi: Core.Strapi, documentId: string) => {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode(REFERENCE_LOCALE))) await locales.create({ code: REFERENCE_LOCALE, name: 'French (fr)' });
  if (await strapi.db.query(REVIEW_UID).findOne({ where: { documentId, locale: REFERENCE_LOCALE }, select: ['id'] })) return;

  const english: any = await strapi.documents(REVIEW_UID as any).findOne({
    documentId,
    populate: { film: { populate: ['credits'] }, cover: { fields: ['id'] } },
  });
  const { title, spoilerNote, excerpt, body, captions } = REFERENCE_FR;
  const gallery = (english.gallery ?? []).map((item: any, index: number) => ({ ...item, caption: captions[index], alt: captions[index] }));
  // The shared fields too: Strapi's i18n before 5.4x does not copy them into a new locale itself.
  const { id: _filmId, credits, ...film } = english.film;
  const shared = {
    rating: english.rating,
    reviewer: english.reviewer,
    reviewerUrl: english.reviewerUrl,
    commentsOpen: english.commentsOpen,
    cover: english.cover?.id ?? null,
    film: { ...film, credits: credits.map(({ id: _creditId, ...credit }: any) => credit) },
  };
  const reviews = strapi.documents(REVIEW_UID as any);
  await reviews.update({
    documentId,
    locale: REFERENCE_LOCALE,
    data: { ...shared, title, excerpt, body, spoilerWarning: { level: english.spoilerWarning.level, note: spoilerNote }, gallery } as any,
  });
  await reviews.publish({ documentId, locale: REFERENCE_LOCALE });
};

/** Uploads the generated stills (once) and puts them in the reference review's gallery and cover. */
const seedGallery = async (strapi: Core.Strapi, documentId: string) => {
  const current = await strapi.db.query(REVIEW_UID).findOne({ where: { documentId }, select: ['gallery'] });
  const gallery = typeof current?.gallery === 'string' ? JSON.parse(current.gallery) : current?.gallery;
  if (Array.isArray(gallery) && gallery.length > 0) return;

  const paths = await ensureStills(path.join(strapi.dirs.app.root, '.tmp', 'stills'));
  const items = [];
  for (const [index, filepath] of paths.entries()) {
    const still = STILLS[index];
    const [file] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: `${still.name}.jpg`, alternativeText: still.caption, caption: still.caption } },
      files: { filepath, originalFilename: `${still.name}.jpg`, mimetype: 'image/jpeg', size: fs.statSync(filepath).size },
    });
    items.push({
      file: file.id,
      caption: still.caption,
      alt: still.caption,
      credit: 'Synthetic still, generated for the demo',
      ...(still.spoiler ? { spoiler: true } : {}),
    });
  }
  const reviews = strapi.documents(REVIEW_UID as any);
  await reviews.update({ documentId, data: { gallery: items, cover: items[0].file } as any });
  await reviews.publish({ documentId });
};

/** The reference thread on a review (five approved forming a thread, one each pending, spam and rejected), unless it has comments. */
export const seedThread = async (strapi: Core.Strapi, reviewDocumentId: string) => {
  const already = await strapi.db.query(COMMENT_UID).count({ where: { reviewDocumentId } });
  if (already > 0) return;

  const created: string[] = [];
  for (const { replyTo, ...comment } of REFERENCE_COMMENTS) {
    const { documentId } = await strapi.documents(COMMENT_UID as any).create({
      data: {
        ...comment,
        reviewDocumentId,
        parentDocumentId: replyTo === undefined ? null : created[replyTo],
      } as any,
    });
    created.push(documentId);
  }
};

export const seedDemo = async (strapi: Core.Strapi) => {
  await ensureDemoAdmin(strapi);
  await seedContent(strapi);
  const { email, password } = demoAdmin();
  strapi.log.info(`[film-reviews demo] admin panel: log in as ${email} / ${password}`);
};
