import type { Core } from '@strapi/strapi';
import film from '../../../content-types/components/film.json';
import credit from '../../../content-types/components/credit.json';

const CATEGORY = 'film-reviews';
const schemas: Record<string, object> = { film, credit };

const globalIdOf = (modelName: string) =>
  `ComponentFilmReviews${modelName.charAt(0).toUpperCase()}${modelName.slice(1)}`;

/**
 * Strapi loads components only from the app's src/components, never from a plugin, so the
 * plugin registers its own in the shape Strapi's component loader builds.
 */
export const registerComponents = (strapi: Core.Strapi) => {
  const entries = Object.fromEntries(
    Object.entries(schemas).map(([modelName, schema]) => {
      const uid = `${CATEGORY}.${modelName}`;
      return [
        uid,
        {
          ...structuredClone(schema),
          __schema__: structuredClone(schema),
          uid,
          category: CATEGORY,
          modelType: 'component',
          modelName,
          globalId: globalIdOf(modelName),
        },
      ];
    })
  );
  strapi.get('components').add(entries);
};
