import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, useNotification } from '@strapi/strapi/admin';
import type { EraseMode, ExportComments } from '../../../../shared/contracts/privacy';
import { usePrivacy } from '../../api/usePrivacy';
import { useT } from '../../utils/useT';
import { ErasePanel } from './ErasePanel';
import { LookupForm } from './LookupForm';

/** A reader's comments on request: look them up by email, download them, anonymize or delete them. */
export const PrivacyPage = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const { exportComments, erase } = usePrivacy();
  const [found, setFound] = React.useState<ExportComments.Response['data'] | null>(null);

  const lookUp = async (email: string) => {
    const result = await exportComments.mutate(email);
    setFound(result.ok ? result.data : null);
  };

  const eraseFound = async (mode: EraseMode) => {
    if (!found) return;
    const result = await erase.mutate(found.email, mode);
    if (!result.ok) return;
    toggleNotification({
      type: 'success',
      message:
        mode === 'anonymize'
          ? t('privacy.anonymized', '{count, plural, one {# comment} other {# comments}} anonymized', { count: result.data.comments })
          : t('privacy.deleted', '{count, plural, one {# comment} other {# comments}} deleted, {replies, plural, one {# reply} other {# replies}} moved up', {
              count: result.data.comments,
              replies: result.data.repliesReattached,
            }),
    });
    await lookUp(found.email);
  };

  return (
    <>
      <Layouts.Header title={t('privacy.title', 'Privacy')} subtitle={t('privacy.subtitle', "Export or erase a reader's comments on request")} />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <LookupForm busy={exportComments.isLoading} onLookUp={lookUp} />
            {found ? (
              <Flex direction="column" alignItems="stretch" gap={4} data-privacy-result>
                <Typography variant="delta" tag="p" data-privacy-count={found.comments.length}>
                  {t('privacy.count', '{count, plural, =0 {No comments} one {# comment} other {# comments}} stored for {email}', {
                    count: found.comments.length,
                    email: found.email,
                  })}
                </Typography>
                {found.comments.length > 0 ? <ErasePanel found={found} onErase={eraseFound} /> : null}
              </Flex>
            ) : null}
          </Flex>
        </Box>
      </Layouts.Content>
    </>
  );
};
