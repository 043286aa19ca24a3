import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { customFieldUid } from '../custom-fields';

/**
 * Shadow CRUD would give the json-stored custom fields the JSON scalar; these GraphQL types
 * replace it wherever a content type or component uses them. (The star rating is a float
 * field and reads as Float already.)
 */
const TYPED_FIELDS: Record<string, { output: string; input: string }> = {
  [customFieldUid('spoiler-warning')]: { output: 'FilmReviewsSpoilerWarning', input: 'FilmReviewsSpoilerWarningInput' },
  // Read through the content API the gallery holds image objects (images/gallery-output.ts).
  [customFieldUid('gallery')]: { output: '[FilmReviewsImage!]', input: '[FilmReviewsGalleryItemInput!]' },
};

interface TypedField {
  model: any;
  name: string;
  types: { output: string; input: string };
}

const typedFieldsOf = (strapi: Core.Strapi): TypedField[] =>
  [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)].flatMap((model: any) =>
    Object.entries(model.attributes as Record<string, any>).flatMap(([name, attribute]) =>
      TYPED_FIELDS[attribute.customField] ? [{ model, name, types: TYPED_FIELDS[attribute.customField] }] : []
    )
  );

/** At register time, before the schema is built: keep shadow CRUD from generating them as JSON. */
export const withholdJsonFields = (strapi: Core.Strapi, extension: any) => {
  for (const { model, name } of typedFieldsOf(strapi)) {
    extension.shadowCRUD(model.uid).field(name).disableOutput().disableInput().disableFilters();
  }
};

/** At schema build time: the same fields, typed, on the generated types that exist. */
export const typedFieldDefs = (strapi: Core.Strapi, extension: any): string => {
  const { naming } = strapi.plugin('graphql').service('utils');
  return typedFieldsOf(strapi)
    .filter(({ model, name }) => extension.shadowCRUD(model.uid).isEnabled() && !contentTypes.isPrivateAttribute(model, name))
    .map(({ model, name, types }) => {
      const isComponent = model.modelType === 'component';
      const typeName = isComponent ? naming.getComponentName(model) : naming.getTypeName(model);
      const inputName = isComponent ? naming.getComponentInputName(model) : naming.getContentTypeInputName(model);
      const input = contentTypes.isWritableAttribute(model, name) ? `extend input ${inputName} { ${name}: ${types.input} }` : '';
      return `extend type ${typeName} { ${name}: ${types.output} }\n${input}`;
    })
    .join('\n');
};
