import type { Core } from '@strapi/strapi';
import fieldLabels from '../../../content-types/field-labels.json';

interface FieldText {
  label: string;
  description?: string;
  /** Kept by the plugin itself: shown, but a hand edit would only be overwritten. */
  readOnly?: boolean;
}

interface EditMetadata {
  label?: string;
  description?: string;
  editable?: boolean;
}

interface ModelConfiguration {
  metadatas?: Record<string, { edit?: EditMetadata; list?: { label?: string } }>;
  [key: string]: unknown;
}

/**
 * The content manager labels every field with its attribute name ("spoilerWarning"). The
 * plugin gives its own fields words instead, but only where the label is still Strapi's
 * default: a label or description an editor changed in "Configure the view" is never touched,
 * and a restart writes nothing once the words are in place.
 */
const withFieldTexts = (configuration: ModelConfiguration, texts: Record<string, FieldText>) => {
  let changed = false;
  const metadatas = { ...configuration.metadatas };
  for (const [field, { label, description, readOnly }] of Object.entries(texts)) {
    const current = metadatas[field];
    if (!current) continue;
    const next = {
      ...current,
      edit: {
        ...current.edit,
        ...(current.edit?.label === field && { label, ...(readOnly && { editable: false }) }),
        ...(description && !current.edit?.description && { description }),
      },
      list: { ...current.list, ...(current.list?.label === field && { label }) },
    };
    if (JSON.stringify(next) === JSON.stringify(current)) continue;
    metadatas[field] = next;
    changed = true;
  }
  return changed ? { ...configuration, metadatas } : null;
};

/** Runs in bootstrap, after the content manager has created its default configurations. */
export const applyFieldLabels = async (strapi: Core.Strapi) => {
  const contentManager = strapi.plugin('content-manager');
  for (const [uid, texts] of Object.entries(fieldLabels as Record<string, Record<string, FieldText>>)) {
    const service = contentManager.service(uid.startsWith('plugin::') ? 'content-types' : 'components');
    const { uid: _uid, category: _category, ...configuration } = await service.findConfiguration({ uid });
    const updated = withFieldTexts(configuration, texts);
    if (updated) await service.updateConfiguration({ uid }, updated);
  }
};
