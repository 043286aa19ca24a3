import { Button, Dialog } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useT } from '../../utils/useT';

/** "Unblock", once the moderator has confirmed it. */
export const UnblockButton = ({ name, onUnblock }: { name: string; onUnblock(): Promise<void> }) => {
  const t = useT();
  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button variant="secondary" size="S">
          {t('blocks.unblock', 'Unblock')}
        </Button>
      </Dialog.Trigger>
      <ConfirmDialog variant="default" onConfirm={onUnblock} title={t('blocks.confirm.title', 'Unblock this reader?')}>
        {t('blocks.confirm.body', 'New comments and reports of {name} will be judged by the usual rules again.', { name })}
      </ConfirmDialog>
    </Dialog.Root>
  );
};
