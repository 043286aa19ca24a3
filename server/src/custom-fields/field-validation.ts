import type { Core, Modules, UID } from '@strapi/strapi';
import { CUSTOM_FIELDS, customFieldUid, type CustomFieldName, type CustomFieldRules } from '.';
import type { FieldIssue } from './field-issue';
import { validationError } from '../validation';
import { uploadFileStore } from '../images/upload-file-store';

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

const rulesByUid = new Map<string, CustomFieldRules>(
  (Object.keys(CUSTOM_FIELDS) as CustomFieldName[]).map((name) => [customFieldUid(name), CUSTOM_FIELDS[name]])
);

type Attribute = { type: string; customField?: string; options?: unknown; component?: string; repeatable?: boolean };
type Attributes = Record<string, Attribute>;
type FileReference = { field: string; path: string[]; id: number };

interface Findings {
  issues: FieldIssue[];
  files: FileReference[];
}

/**
 * Walks the data being written (components and dynamic zones included) and collects the
 * issues of every plugin custom field in it, with paths as the content manager expects them,
 * and the upload files the valid values refer to.
 */
const inspect = (strapi: Core.Strapi, attributes: Attributes, data: Record<string, unknown>, prefix: string[], found: Findings) => {
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!(name in data)) continue;
    const value = data[name];
    const path = [...prefix, name];
    const rules = attribute.customField ? rulesByUid.get(attribute.customField) : undefined;
    if (rules) {
      const issues = rules.check(value, attribute.options);
      for (const issue of issues) {
        found.issues.push({ path: [...path, ...issue.path], message: `${name} ${issue.message}` });
      }
      if (issues.length === 0 && rules.files) {
        for (const ref of rules.files(value)) found.files.push({ field: name, path: [...path, ...ref.path], id: ref.id });
      }
    } else if (attribute.type === 'component' && attribute.component && value) {
      const componentAttributes = strapi.getModel(attribute.component as UID.Component)?.attributes as Attributes;
      const items = attribute.repeatable && Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (item && typeof item === 'object') {
          const itemPath = attribute.repeatable ? [...path, String(index)] : path;
          inspect(strapi, componentAttributes, item as Record<string, unknown>, itemPath, found);
        }
      });
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((item, index) => {
        const component = item && typeof item === 'object' ? (item as { __component?: UID.Component }).__component : undefined;
        const model = component ? strapi.getModel(component) : undefined;
        if (model) inspect(strapi, model.attributes as Attributes, item, [...path, String(index)], found);
      });
    }
  }
};

/** One query for every file referenced by the write. */
const checkFiles = async (strapi: Core.Strapi, files: FileReference[]): Promise<FieldIssue[]> => {
  if (files.length === 0) return [];
  const ids = [...new Set(files.map((file) => file.id))];
  const rows = await uploadFileStore(strapi).mimes(ids);
  const mimeById = new Map(rows.map((row) => [row.id, row.mime ?? '']));
  return files.flatMap(({ field, path, id }) => {
    const mime = mimeById.get(id);
    if (mime === undefined) return [{ path, message: `${field} file ${id} does not exist` }];
    if (!mime.startsWith('image/')) return [{ path, message: `${field} file ${id} is not an image (${mime})` }];
    return [];
  });
};

const fieldsError = (issues: FieldIssue[]) =>
  validationError(issues, issues.length === 1 ? issues[0].message : `${issues.length} errors occurred: ${issues.map((i) => i.message).join('; ')}`);

/**
 * Strapi 5 checks min/max/required only on publish; the plugin's field rules hold on every
 * save, drafts included, whichever way the write comes in. Files a gallery refers to get
 * their image job once the write has gone through ("first used").
 */
export const customFieldValidation =
  (strapi: Core.Strapi, onImagesUsed: (fileIds: number[]) => Promise<void>): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const data = (context.params as { data?: Record<string, unknown> } | undefined)?.data;
    if (!WRITE_ACTIONS.has(context.action) || !data || typeof data !== 'object') return next();
    const model = strapi.getModel(context.uid);
    if (!model) return next();
    const found: Findings = { issues: [], files: [] };
    inspect(strapi, model.attributes as Attributes, data, [], found);
    const issues = found.issues.length > 0 ? found.issues : await checkFiles(strapi, found.files);
    if (issues.length > 0) throw fieldsError(issues);
    const result = await next();
    if (found.files.length > 0) await onImagesUsed([...new Set(found.files.map((file) => file.id))]);
    return result;
  };
