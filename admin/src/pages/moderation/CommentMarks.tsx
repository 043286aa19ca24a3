import { Badge, Flex, Typography } from '@strapi/design-system';
import type { ModeratedComment } from '../../../../shared/contracts/moderation';
import { LikeCount } from '../../components/LikeCount';
import { useT } from '../../utils/useT';
import { HELD_REASON_LABELS } from './moderation-labels';

/** What happened to a comment besides its status: why the rules held it, its likes, its author's edit or deletion. */
export const CommentMarks = ({ comment }: { comment: ModeratedComment }) => {
  const t = useT();
  const held = comment.moderationStatus === 'pending' && comment.heldReason;
  if (!held && comment.likes === 0 && !comment.editedAt && !comment.deletedAt) return null;
  // An unknown reason (a newer rule, an imported comment) shows as stored.
  const reason = held ? (HELD_REASON_LABELS[held] ? t(...HELD_REASON_LABELS[held]) : held) : null;
  return (
    <Flex gap={3} wrap="wrap" paddingTop={1}>
      {reason ? (
        <Typography variant="pi" textColor="warning700" data-held-reason={comment.heldReason}>
          {t('moderation.held', 'Held: {reason}', { reason })}
        </Typography>
      ) : null}
      {comment.likes > 0 ? <LikeCount likes={comment.likes} /> : null}
      {comment.deletedAt ? (
        <Badge backgroundColor="neutral150" textColor="neutral700" data-deleted title={new Date(comment.deletedAt).toLocaleString()}>
          {t('moderation.deleted', 'Deleted by its author')}
        </Badge>
      ) : null}
      {comment.editedAt ? (
        <Typography variant="pi" textColor="neutral600" data-edited={comment.editedAt}>
          {t('moderation.edited', 'Edited {time}', { time: new Date(comment.editedAt).toLocaleString() })}
        </Typography>
      ) : null}
    </Flex>
  );
};
