import type * as React from 'react';
import { Layouts } from '@strapi/strapi/admin';
import { useT } from '../../utils/useT';

export const SettingsHeader = ({ save }: { save?: React.ReactNode }) => {
  const t = useT();
  return <Layouts.Header title={t('settings.title', 'Film reviews')} subtitle={t('settings.subtitle', 'Comment moderation, spoilers and images')} primaryAction={save} />;
};
