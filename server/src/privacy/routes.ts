import { ACTIONS, requires } from '../permissions';

export default [
  { method: 'GET', path: '/privacy/export', handler: 'privacy.export', config: requires(ACTIONS.privacyManage) },
  { method: 'POST', path: '/privacy/erase', handler: 'privacy.erase', config: requires(ACTIONS.privacyManage) },
];
