import { Tabs } from '@strapi/design-system';
import { MODERATION_STATUSES, type ModerationStatus, type StatusCounts } from '../../../../shared/contracts/moderation';
import { useT } from '../../utils/useT';
import { STATUS_LABELS } from './moderation-labels';

/** One tab per status, with its count once the list has answered. */
export const StatusTabs = ({ status, counts, onChange }: { status: ModerationStatus; counts?: StatusCounts; onChange(status: ModerationStatus): void }) => {
  const t = useT();
  return (
    <Tabs.Root value={status} onValueChange={(value: string) => onChange(value as ModerationStatus)}>
      <Tabs.List aria-label={t('moderation.tabs', 'Comments by status')}>
        {MODERATION_STATUSES.map((key) => (
          <Tabs.Trigger key={key} value={key} data-status-tab={key}>
            {t(`status.${key}`, STATUS_LABELS[key])} ({counts?.[key] ?? '…'})
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs.Root>
  );
};
