import * as React from 'react';
import { Box, Tabs } from '@strapi/design-system';
import { Page, useRBAC } from '@strapi/strapi/admin';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';
import { ImagesPage } from './ImagesPage';
import { ModerationPage } from './ModerationPage';

const InsightsPage = React.lazy(() => import('./InsightsPage').then((module) => ({ default: module.InsightsPage })));

const VIEWS = [
  { path: 'moderation', label: 'Moderation' },
  { path: 'insights', label: 'Insights' },
  { path: 'images', label: 'Images' },
] as const;

/** The "Film reviews" plugin page: one tab per view the user may open. */
const App = () => {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // useRBAC names abilities after the action's last word ("read" for all three), so one call each.
  const access = {
    moderation: useRBAC(PERMISSIONS.commentsRead),
    insights: useRBAC(PERMISSIONS.insightsRead),
    images: useRBAC(PERMISSIONS.imagesRead),
  };
  if (Object.values(access).some((rbac) => rbac.isLoading)) return <Page.Loading />;
  const allowed = VIEWS.filter((view) => access[view.path].allowedActions.canRead);
  const current = VIEWS.find((view) => pathname.endsWith(`/${view.path}`))?.path;

  return (
    <>
      <Box paddingLeft={10} paddingRight={10} paddingTop={6} data-plugin-nav={allowed.map((view) => view.path).join(',')}>
        <Tabs.Root value={current} onValueChange={(value: string) => navigate(value)}>
          <Tabs.List aria-label={t('plugin.name', 'Film reviews')}>
            {allowed.map((view) => (
              <Tabs.Trigger key={view.path} value={view.path}>
                {t(`nav.${view.path}`, view.label)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs.Root>
      </Box>
      <Routes>
        <Route index element={allowed[0] ? <Navigate to={allowed[0].path} replace /> : <Page.NoPermissions />} />
        <Route path="moderation" element={<Page.Protect permissions={PERMISSIONS.commentsRead}><ModerationPage /></Page.Protect>} />
        <Route
          path="insights"
          element={
            <Page.Protect permissions={PERMISSIONS.insightsRead}>
              <React.Suspense fallback={<Page.Loading />}>
                <InsightsPage />
              </React.Suspense>
            </Page.Protect>
          }
        />
        <Route path="images" element={<Page.Protect permissions={PERMISSIONS.imagesRead}><ImagesPage /></Page.Protect>} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </>
  );
};

export default App;
