import * as React from 'react';
import { Box, Button, Dialog, Field, Flex, Radio, TextInput, Typography } from '@strapi/design-system';
import { Download, Search, Trash } from '@strapi/icons';
import { ConfirmDialog, Layouts, useNotification } from '@strapi/strapi/admin';
import { usePrivacy, type EraseMode, type PrivacyExport } from '../api/usePrivacy';
import { useT } from '../utils/useT';

/** Hands the export to the browser as a file: it is already in memory, so no second request. */
const download = (found: PrivacyExport) => {
  const url = URL.createObjectURL(new Blob([JSON.stringify(found, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `comments-${found.email}.json` });
  link.click();
  URL.revokeObjectURL(url);
};

/** A reader's comments on request: look them up by email, download them, anonymize or delete them. */
export const PrivacyPage = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const privacy = usePrivacy();
  const [email, setEmail] = React.useState('');
  const [found, setFound] = React.useState<PrivacyExport | null>(null);
  const [mode, setMode] = React.useState<EraseMode>('anonymize');
  const [confirming, setConfirming] = React.useState(false);
  const [busy, setBusy] = React.useState(false);

  const lookUp = async (event?: React.FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    try {
      setFound(await privacy.exportComments(email.trim()));
    } catch {
      setFound(null);
      toggleNotification({ type: 'danger', message: t('privacy.invalidEmail', 'Enter a valid email address') });
    } finally {
      setBusy(false);
    }
  };

  const erase = async () => {
    if (!found) return;
    const result = await privacy.erase(found.email, mode);
    toggleNotification({
      type: 'success',
      message:
        mode === 'anonymize'
          ? t('privacy.anonymized', '{count, plural, one {# comment} other {# comments}} anonymized', { count: result.comments })
          : t('privacy.deleted', '{count, plural, one {# comment} other {# comments}} deleted, {replies, plural, one {# reply} other {# replies}} moved up', { count: result.comments, replies: result.repliesReattached }),
    });
    setConfirming(false);
    setFound(await privacy.exportComments(found.email));
  };

  return (
    <>
      <Layouts.Header
        title={t('privacy.title', 'Privacy')}
        subtitle={t('privacy.subtitle', "Export or erase a reader's comments on request")}
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <form onSubmit={lookUp}>
              <Flex gap={4} alignItems="flex-end">
                <Box flex="1">
                  <Field.Root name="email" required>
                    <Field.Label>{t('privacy.email', "Reader's email")}</Field.Label>
                    <TextInput type="email" value={email} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEmail(event.target.value)} />
                  </Field.Root>
                </Box>
                <Button type="submit" startIcon={<Search />} loading={busy} disabled={!email.trim()}>
                  {t('privacy.find', 'Find comments')}
                </Button>
              </Flex>
            </form>

            {found ? (
              <Flex direction="column" alignItems="stretch" gap={4} data-privacy-result>
                <Typography variant="delta" tag="p" data-privacy-count={found.comments.length}>
                  {t('privacy.count', '{count, plural, =0 {No comments} one {# comment} other {# comments}} stored for {email}', {
                    count: found.comments.length,
                    email: found.email,
                  })}
                </Typography>
                {found.comments.length > 0 ? (
                  <>
                    <Box>
                      <Button variant="secondary" startIcon={<Download />} onClick={() => download(found)}>
                        {t('privacy.download', 'Download as JSON')}
                      </Button>
                    </Box>
                    <Radio.Group
                      aria-label={t('privacy.mode', 'How to erase')}
                      value={mode}
                      onValueChange={(value: string) => setMode(value as EraseMode)}
                    >
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
                      <ConfirmDialog onConfirm={erase} title={t('privacy.confirm.title', 'Erase personal data?')}>
                        {mode === 'anonymize'
                          ? t('privacy.confirm.anonymize', 'Anonymize {count, plural, one {# comment} other {# comments}} of {email}? This cannot be undone.', { count: found.comments.length, email: found.email })
                          : t('privacy.confirm.delete', 'Delete {count, plural, one {# comment} other {# comments}} of {email}? This cannot be undone.', { count: found.comments.length, email: found.email })}
                      </ConfirmDialog>
                    </Dialog.Root>
                  </>
                ) : null}
              </Flex>
            ) : null}
          </Flex>
        </Box>
      </Layouts.Content>
    </>
  );
};
