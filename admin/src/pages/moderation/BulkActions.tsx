import { Button } from '@strapi/design-system';
import type { ModerationAction, ModerationStatus } from '../../../../shared/contracts/moderation';
import { useT } from '../../utils/useT';
import { ACTION_LABELS, TAB_ACTIONS } from './moderation-labels';

/** The actions of the tab, for the selected comments. */
export const BulkActions = ({ status, count, onApply }: { status: ModerationStatus; count: number; onApply(action: ModerationAction): void }) => {
  const t = useT();
  if (count === 0) return null;
  return (
    <>
      {TAB_ACTIONS[status].map((action) => (
        <Button key={action} variant={action === 'approve' ? 'success' : 'secondary'} onClick={() => onApply(action)}>
          {t(`moderation.action.${action}`, ACTION_LABELS[action])} ({count})
        </Button>
      ))}
    </>
  );
};
