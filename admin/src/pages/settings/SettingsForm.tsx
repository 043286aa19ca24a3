import * as React from 'react';
import { Button, Flex } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, useNotification } from '@strapi/strapi/admin';
import type { Settings, UpdateSettings } from '../../../../shared/contracts/settings';
import { fieldErrors, type FieldErrors } from '../../api/fieldErrors';
import { useAdminMutation } from '../../api/useAdminMutation';
import { PLUGIN_ID } from '../../pluginId';
import { useT } from '../../utils/useT';
import { DisplaySection } from './DisplaySection';
import { ModerationSection } from './ModerationSection';
import { NotificationsSection } from './NotificationsSection';
import { SettingsFormContext, type SettingsForm as Form } from './settings-form';
import { SettingsHeader } from './SettingsHeader';

/** Every setting, saved at once, the server's errors shown at their fields. */
export const SettingsForm = ({ initial, readOnly }: { initial: Settings; readOnly: boolean }) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const [values, setValues] = React.useState(initial);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const save = useAdminMutation(
    async ({ put }, data: Settings) => (await put<UpdateSettings.Response>(`/${PLUGIN_ID}/settings`, { data } satisfies UpdateSettings.Body)).data,
    { failureMessage: (error) => (Object.keys(fieldErrors(error)).length > 0 ? t('settings.invalid', 'Some settings are not valid') : undefined) }
  );

  const form: Form = {
    values,
    readOnly,
    set: (key, value) => setValues((previous) => ({ ...previous, [key]: value })),
    errorAt: (name) => errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1],
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await save.mutate(values);
    if (!result.ok) {
      setErrors(fieldErrors(result.error));
      return;
    }
    setValues(result.data.data);
    setErrors({});
    toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved') });
  };

  return (
    <SettingsFormContext.Provider value={form}>
      <form onSubmit={submit}>
        <SettingsHeader
          save={readOnly ? undefined : <Button type="submit" startIcon={<Check />} loading={save.isLoading}>{t('settings.save', 'Save')}</Button>}
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <ModerationSection />
            <DisplaySection />
            <NotificationsSection />
          </Flex>
        </Layouts.Content>
      </form>
    </SettingsFormContext.Provider>
  );
};
