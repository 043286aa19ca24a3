import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import type { GetSettings } from '../../../../shared/contracts/settings';
import { useAdminQuery } from '../../api/useAdminQuery';
import { QueryState } from '../../components/QueryState';
import { PERMISSIONS } from '../../permissions';
import { PLUGIN_ID } from '../../pluginId';
import { SettingsForm } from './SettingsForm';
import { SettingsHeader } from './SettingsHeader';

/** Settings → Film reviews: the form once the settings are read; until then a loader, or why they could not be. */
export const SettingsPage = () => {
  const settings = useAdminQuery<GetSettings.Response>(`/${PLUGIN_ID}/settings`);
  const { allowedActions, isLoading } = useRBAC({ update: PERMISSIONS.settingsUpdate });
  return (
    <Page.Main>
      {settings.data && !settings.error && !isLoading ? (
        <SettingsForm initial={settings.data.data} readOnly={!allowedActions.canUpdate} />
      ) : (
        <>
          <SettingsHeader />
          <Layouts.Content>
            <QueryState query={settings} />
          </Layouts.Content>
        </>
      )}
    </Page.Main>
  );
};

export const ProtectedSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.settingsRead}>
    <SettingsPage />
  </Page.Protect>
);

export default ProtectedSettingsPage;
