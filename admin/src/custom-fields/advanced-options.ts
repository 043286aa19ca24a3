import { getTranslation } from '../utils/getTranslation';

/** The Content-Type Builder's advanced tab every plugin field shares: just "required". */
export const requiredFieldSection = {
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
