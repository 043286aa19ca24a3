import { Accordion, Badge, Box, Flex, Typography } from '@strapi/design-system';
import type { EarlierVersion } from '../../../../shared/contracts/moderation';
import { useT } from '../../utils/useT';

/** A comment's texts before its author's edits, oldest first, folded away until asked for. */
export const EarlierVersions = ({ versions }: { versions: EarlierVersion[] }) => {
  const t = useT();
  if (versions.length === 0) return null;
  return (
    <Box paddingTop={2}>
      <Accordion.Root size="S">
        <Accordion.Item value="earlier-versions">
          <Accordion.Header variant="secondary">
            <Accordion.Trigger>{t('thread.earlierVersions', '{count, plural, one {# earlier version} other {# earlier versions}}', { count: versions.length })}</Accordion.Trigger>
          </Accordion.Header>
          <Accordion.Content>
            <Flex tag="ol" direction="column" alignItems="stretch" gap={3} padding={3} data-earlier-versions>
              {versions.map((version, index) => (
                <Flex key={index} tag="li" direction="column" alignItems="flex-start" gap={1}>
                  <Flex gap={2}>
                    <Typography variant="pi" textColor="neutral600">
                      {t('thread.replacedAt', 'Replaced {time}', { time: new Date(version.replacedAt).toLocaleString() })}
                    </Typography>
                    {version.containsSpoilers ? <Badge>{t('thread.spoilers', 'Spoilers')}</Badge> : null}
                  </Flex>
                  <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                    {version.content}
                  </Typography>
                </Flex>
              ))}
            </Flex>
          </Accordion.Content>
        </Accordion.Item>
      </Accordion.Root>
    </Box>
  );
};
