import { useIntl } from 'react-intl';
import { getTranslation } from './getTranslation';

/** formatMessage with the plugin prefix: t('moderation.title', 'Moderation'). */
export const useT = () => {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
};
