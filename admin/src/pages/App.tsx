import * as React from 'react';
import { Box, Tabs } from '@strapi/design-system';
import { Page, useRBAC } from '@strapi/strapi/admin';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';
import { ImagesPage } from './images/ImagesPage';
import { ModerationPage } from './moderation/ModerationPage';

const InsightsPage = React.lazy(() => import('./InsightsPage').then((module) => ({ default: module.InsightsPage })));
const PrivacyPage = React.lazy(() => import('./privacy/PrivacyPage').then((module) => ({ default: module.PrivacyPage })));
const ImportPage = React.lazy(() => import('./import/ImportPage').then((module) => ({ default: module.ImportPage })));
const BlocksPage = React.lazy(() => import('./blocks/BlocksPage').then((module) => ({ default: module.BlocksPage })));

/** `ability` is the last word of the view's RBAC action, as useRBAC names it. */
const VIEWS = [
  { path: 'moderation', label: 'Moderation', ability: 'canRead' },
  { path: 'blocks', label: 'Blocked readers', ability: 'canModerate' },
  { path: 'insights', label: 'Insights', ability: 'canRead' },
  { path: 'images', label: 'Images', ability: 'canRead' },
  { path: 'privacy', label: 'Privacy', ability: 'canManage' },
  { path: 'import', label: 'Import', ability: 'canRun' },
] as const;

/** A view behind its permission; the lazy ones load on the first visit. */
const View = ({ permissions, children }: { permissions: typeof PERMISSIONS.commentsRead; children: React.ReactNode }) => (
  <Page.Protect permissions={permissions}>
    <React.Suspense fallback={<Page.Loading />}>{children}</React.Suspense>
  </Page.Protect>
);

/** The "Film reviews" plugin page: one tab per view the user may open. */
const App = () => {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // useRBAC names abilities after the action's last word (several are "read"), so one call each.
  const access = {
    moderation: useRBAC(PERMISSIONS.commentsRead),
    blocks: useRBAC(PERMISSIONS.commentsModerate),
    insights: useRBAC(PERMISSIONS.insightsRead),
    images: useRBAC(PERMISSIONS.imagesRead),
    privacy: useRBAC(PERMISSIONS.privacyManage),
    import: useRBAC(PERMISSIONS.importRun),
  };
  if (Object.values(access).some((rbac) => rbac.isLoading)) return <Page.Loading />;
  const allowed = VIEWS.filter((view) => access[view.path].allowedActions[view.ability]);
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
        <Route path="moderation" element={<View permissions={PERMISSIONS.commentsRead}><ModerationPage /></View>} />
        <Route path="blocks" element={<View permissions={PERMISSIONS.commentsModerate}><BlocksPage /></View>} />
        <Route path="insights" element={<View permissions={PERMISSIONS.insightsRead}><InsightsPage /></View>} />
        <Route path="images" element={<View permissions={PERMISSIONS.imagesRead}><ImagesPage /></View>} />
        <Route path="privacy" element={<View permissions={PERMISSIONS.privacyManage}><PrivacyPage /></View>} />
        <Route path="import" element={<View permissions={PERMISSIONS.importRun}><ImportPage /></View>} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </>
  );
};

export default App;
