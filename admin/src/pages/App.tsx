import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../permissions';
import { ImagesPage } from './ImagesPage';

/** The "Film reviews" plugin page; each view sits behind the RBAC action its routes check. */
const App = () => (
  <Routes>
    <Route index element={<Navigate to="images" replace />} />
    <Route
      path="images"
      element={
        <Page.Protect permissions={PERMISSIONS.imagesRead}>
          <ImagesPage />
        </Page.Protect>
      }
    />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
