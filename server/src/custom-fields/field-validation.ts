import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CUSTOM_FIELDS, customFieldUid, type CustomFieldName } from '.';
import type { FieldIssue } from './field-issue';

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

const checksByUid = new Map(
  (Object.keys(CUSTOM_FIELDS) as CustomFieldName[]).map((name) => [customFieldUid(name), CUSTOM_FIELDS[name].check])
);

type Attribute = { type: string; customField?: string; options?: unknown; component?: string; repeatable?: boolean };
type Attributes = Record<string, Attribute>;

/**
 * Walks the data being written (components and dynamic zones included) and collects the
 * issues of every plugin custom field in it, with paths as the content manager expects them.
 */
const collectIssues = (
  strapi: Core.Strapi,
  attributes: Attributes,
  data: Record<string, unknown>,
  prefix: string[]
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!(name in data)) continue;
    const value = data[name];
    const path = [...prefix, name];
    const check = attribute.customField ? checksByUid.get(attribute.customField) : undefined;
    if (check) {
      for (const issue of check(value, attribute.options)) {
        issues.push({ path: [...path, ...issue.path], message: `${name} ${issue.message}` });
      }
    } else if (attribute.type === 'component' && attribute.component && value) {
      const componentAttributes = strapi.getModel(attribute.component as any)?.attributes as Attributes;
      const items = attribute.repeatable && Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (item && typeof item === 'object') {
          const itemPath = attribute.repeatable ? [...path, String(index)] : path;
          issues.push(...collectIssues(strapi, componentAttributes, item as Record<string, unknown>, itemPath));
        }
      });
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((item, index) => {
        const component = item && typeof item === 'object' ? (item as { __component?: string }).__component : undefined;
        const model = component ? strapi.getModel(component as any) : undefined;
        if (model) {
          issues.push(...collectIssues(strapi, model.attributes as Attributes, item, [...path, String(index)]));
        }
      });
    }
  }
  return issues;
};

/**
 * Strapi 5 checks min/max/required only on publish; the plugin's field rules hold on every
 * save, drafts included, whichever way the write comes in.
 */
export const customFieldValidation =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const data = (context.params as { data?: Record<string, unknown> } | undefined)?.data;
    if (WRITE_ACTIONS.has(context.action) && data && typeof data === 'object') {
      const model = strapi.getModel(context.uid);
      const issues = model ? collectIssues(strapi, model.attributes as Attributes, data, []) : [];
      if (issues.length > 0) {
        throw new errors.ValidationError(
          issues.length === 1 ? issues[0].message : `${issues.length} errors occurred: ${issues.map((i) => i.message).join('; ')}`,
          { errors: issues.map((issue) => ({ path: issue.path, message: issue.message, name: 'ValidationError' })) }
        );
      }
    }
    return next();
  };
