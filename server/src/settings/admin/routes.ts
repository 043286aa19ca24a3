import { ACTIONS, requires } from '../../permissions';

export default [
  { method: 'GET', path: '/settings', handler: 'settings.find', config: requires(ACTIONS.settingsRead) },
  { method: 'PUT', path: '/settings', handler: 'settings.update', config: requires(ACTIONS.settingsUpdate) },
];
