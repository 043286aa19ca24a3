import * as React from 'react';
import { Box, Button, Dialog, Radio } from '@strapi/design-system';
import { Download, Trash } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import type { EraseMode, ExportComments } from '../../../../shared/contracts/privacy';
import { useT } from '../../utils/useT';

type PrivacyExport = ExportComments.Response['data'];

/** Hands the export to the browser as a file: it is already in memory, so no second request. */
const download = (found: PrivacyExport) => {
  const url = URL.createObjectURL(new Blob([JSON.stringify(found, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `comments-${found.email}.json` });
  link.click();
  URL.revokeObjectURL(url);
};

/** What may be done with a reader's comments: download them, or erase them after a confirmation. */
export const ErasePanel = ({ found, onErase }: { found: PrivacyExport; onErase(mode: EraseMode): Promise<void> }) => {
  const t = useT();
  const [mode, setMode] = React.useState<EraseMode>('anonymize');
  const [confirming, setConfirming] = React.useState(false);
  const count = found.comments.length;
  return (
    <>
      <Box>
        <Button variant="secondary" startIcon={<Download />} onClick={() => download(found)}>
          {t('privacy.download', 'Download as JSON')}
        </Button>
      </Box>
      <Radio.Group aria-label={t('privacy.mode', 'How to erase')} value={mode} onValueChange={(value: string) => setMode(value as EraseMode)}>
        <Radio.Item value="anonymize">
          {t('privacy.mode.anonymize', 'Anonymize: keep the comments as "Anonymous", without email, website or client data')}
        </Radio.Item>
        <Radio.Item value="delete">{t('privacy.mode.delete', 'Delete: remove the comments; their replies move up a level')}</Radio.Item>
      </Radio.Group>
      <Dialog.Root open={confirming} onOpenChange={setConfirming}>
        <Dialog.Trigger>
          <Box>
            <Button variant="danger" startIcon={<Trash />}>
              {t('privacy.erase', 'Erase')}
            </Button>
          </Box>
        </Dialog.Trigger>
        <ConfirmDialog
          onConfirm={async () => {
            await onErase(mode);
            setConfirming(false);
          }}
          title={t('privacy.confirm.title', 'Erase personal data?')}
        >
          {mode === 'anonymize'
            ? t('privacy.confirm.anonymize', 'Anonymize {count, plural, one {# comment} other {# comments}} of {email}? This cannot be undone.', { count, email: found.email })
            : t('privacy.confirm.delete', 'Delete {count, plural, one {# comment} other {# comments}} of {email}? This cannot be undone.', { count, email: found.email })}
        </ConfirmDialog>
      </Dialog.Root>
    </>
  );
};
