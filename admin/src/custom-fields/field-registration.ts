import type { ComponentType } from 'react';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';

/** The Content-Type Builder's advanced tab every plugin field shares: just "required". */
const requiredFieldSection = {
  sectionTitle: { id: 'global.settings', defaultMessage: 'Settings' },
  items: [
    {
      name: 'required',
      type: 'checkbox',
      intlLabel: { id: getTranslation('options.required'), defaultMessage: 'Required field' },
      description: {
        id: getTranslation('options.required.description'),
        defaultMessage: "You won't be able to publish an entry if this field is empty",
      },
    },
  ],
};

interface FieldDefinition<Input> {
  name: string;
  type: 'json' | 'float';
  icon: unknown;
  label: string;
  description: string;
  /** A dynamic import, so the input's code loads only where the field is shown. */
  loadInput: () => Promise<{ default: Input }>;
  /** The Content-Type Builder's base tab: the field's own options. */
  baseOptions?: unknown[];
}

/**
 * A custom field as `app.customFields.register` takes it: labels are translation keys named after
 * the field (`<name>.label`, `<name>.description`), the advanced tab offers "required".
 */
export const customField = <Input>({ name, type, icon, label, description, loadInput, baseOptions }: FieldDefinition<Input>) => ({
  name,
  pluginId: PLUGIN_ID,
  type,
  // Typed as a plain component so the emitted declarations need not name the icon's props type.
  icon: icon as ComponentType,
  intlLabel: { id: getTranslation(`${name}.label`), defaultMessage: label },
  intlDescription: { id: getTranslation(`${name}.description`), defaultMessage: description },
  components: { Input: loadInput },
  options: { ...(baseOptions ? { base: baseOptions } : {}), advanced: [requiredFieldSection] },
});
