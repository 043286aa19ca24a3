import type { Core } from '@strapi/strapi';
import { http } from './http';

export const TEST_ADMIN = { email: 'editor@test.local', password: 'Editor12345!' };

/** Creates a super admin (once) and returns a content-manager client logged in as it. */
export const adminClient = async (strapi: Core.Strapi, baseUrl: string) => {
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: TEST_ADMIN.email } });
  if (!existing) {
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({
      ...TEST_ADMIN,
      firstname: 'Test',
      lastname: 'Editor',
      isActive: true,
      registrationToken: null,
      roles: [superAdmin.id],
    });
  }
  const login = await http(baseUrl).post('/admin/login', TEST_ADMIN);
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  // The token too, for requests the JSON client cannot send (multipart uploads): logging in again would spend Strapi's login rate limit.
  return Object.assign(http(baseUrl, login.body.data.token), { token: login.body.data.token as string });
};

export const contentManagerPath = (uid: string, documentId?: string) =>
  `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;

/** What a limited admin logs in with: `limitedAdmin(name)` for the browser, `adminWithActions` for HTTP. */
export const limitedAdmin = (name: string) => ({ email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@test.local`, password: 'Limited12345!' });

/** An admin whose one role holds exactly these actions (on a subject, for the content manager's), created once, logged in. */
export const adminWithActions = async (strapi: Core.Strapi, baseUrl: string, name: string, actions: Array<string | { action: string; subject: string }>) => {
  const { email, password } = limitedAdmin(name);
  if (!(await strapi.db.query('admin::user').findOne({ where: { email } }))) {
    const permissions = actions.map((action) => (typeof action === 'string' ? { action, subject: null } : action));
    const roles = strapi.service('admin::role');
    const role = await roles.create({ name, description: `May ${permissions.map(({ action }) => action).join(', ')} only` });
    await roles.assignPermissions(role.id, permissions.map((permission) => ({ ...permission, properties: {}, conditions: [] })));
    await strapi.service('admin::user').create({ email, password, firstname: name, lastname: 'Admin', isActive: true, registrationToken: null, roles: [role.id] });
  }
  const login = await http(baseUrl).post('/admin/login', { email, password });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return http(baseUrl, login.body.data.token);
};
