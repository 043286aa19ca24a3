import * as z from 'zod';
import { ACTIONS, requires } from '../../permissions';
import { settingsSchema } from '../settings-schema';
import { defineRoutes } from '../../http/define-routes';

/** Admin routes of the settings page; `request` names what the service validates (for the API reference). */
export default defineRoutes([
  { method: 'GET', path: '/settings', handler: 'settings.find', config: requires(ACTIONS.settingsRead) },
  {
    method: 'PUT',
    path: '/settings',
    handler: 'settings.update',
    request: { body: { 'application/json': z.object({ data: settingsSchema.partial().strict() }) } },
    config: requires(ACTIONS.settingsUpdate),
  },
]);
