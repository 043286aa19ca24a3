import type { Core } from '@strapi/strapi';
import film from '../../../content-types/components/film.json';
import credit from '../../../content-types/components/credit.json';

const CATEGORY = 'film-reviews';
const schemas: Record<string, object> = { film, credit };

const globalIdOf = (modelName: string) =>
  `ComponentFilmReviews${modelName.charAt(0).toUpperCase()}${modelName.slice(1)}`;

/**
 * Strapi loads components only from the app's src/components, never from a plugin, so the
 * plugin registers its own with every key Strapi's component loader sets. `__filename__`
 * matters: the Content-Type Builder builds a file path for every registered component on
 * each save and fails the whole save without it.
 */
const componentEntries = () =>
  Object.fromEntries(
    Object.entries(schemas).map(([modelName, schema]) => {
      const uid = `${CATEGORY}.${modelName}`;
      // The loader adds __filename__ to the file's object before cloning it into __schema__.
      const loaded = { ...structuredClone(schema), __filename__: `${modelName}.json` };
      return [
        uid,
        {
          ...loaded,
          __schema__: structuredClone(loaded),
          uid,
          category: CATEGORY,
          modelType: 'component',
          modelName,
          globalId: globalIdOf(modelName),
        },
      ];
    })
  );

/**
 * An app may hold its own copy of a plugin component: the Content-Type Builder writes one to
 * src/components/film-reviews/ when an editor edits it there. The app's copy then wins, as an
 * extension would, instead of a "already registered" error that stops the app from starting.
 */
export const registerComponents = (strapi: Core.Strapi) => {
  const registry = strapi.get('components');
  for (const [uid, entry] of Object.entries(componentEntries())) {
    if (registry.get(uid as never)) {
      strapi.log.info(`[film-reviews] using the app's own src/components copy of ${uid}`);
      continue;
    }
    registry.set(uid as never, entry as never);
  }
};
