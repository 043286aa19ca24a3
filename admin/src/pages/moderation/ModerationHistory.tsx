import { Flex, Typography } from '@strapi/design-system';
import type { ModerationEvent } from '../../../../shared/contracts/moderation';
import { useT } from '../../utils/useT';

/** Who decided on a comment, when, and whether in the admin or from a moderation email; oldest first. */
export const ModerationHistory = ({ history }: { history: ModerationEvent[] }) => {
  const t = useT();
  if (history.length === 0) return null;
  return (
    <Flex tag="ol" direction="column" alignItems="flex-start" gap={1} paddingTop={2} data-moderation-history aria-label={t('thread.history', 'Moderation history')}>
      {history.map((event, index) => (
        <Typography key={index} tag="li" variant="pi" textColor="neutral600">
          {t(`thread.history.${event.via}`, event.via === 'email' ? '{status} by {actor} from an email link, {time}' : '{status} by {actor} in the admin, {time}', {
            status: t(`status.${event.moderationStatus}`, event.moderationStatus),
            actor: event.actorName ?? event.actorEmail ?? t('thread.history.someone', 'a moderator'),
            time: new Date(event.createdAt).toLocaleString(),
          })}
        </Typography>
      ))}
    </Flex>
  );
};
