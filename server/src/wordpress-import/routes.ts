import { ACTIONS, requires } from '../permissions';

export default [
  { method: 'POST', path: '/import/wordpress', handler: 'wordpress-import.start', config: requires(ACTIONS.importRun) },
  { method: 'GET', path: '/import/runs/:id', handler: 'wordpress-import.run', config: requires(ACTIONS.importRun) },
];
