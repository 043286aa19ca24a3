import { Badge, Button, Checkbox, Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { ModeratedComment } from '../../../../shared/contracts/moderation';
import { useT } from '../../utils/useT';
import { BlockReaderButton } from './BlockReaderButton';
import { CommentMarks } from './CommentMarks';
import { CommentSignals } from './CommentSignals';
import { STATUS_LABELS } from './moderation-labels';

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

export interface CommentRowProps {
  comment: ModeratedComment;
  selected: boolean;
  canModerate: boolean;
  onSelect(selected: boolean): void;
  onOpen(): void;
  onApprove(): void;
  onDismiss(): void;
}

/** One comment of the queue: who, what, where, when, its state and what may be done with it. */
export const CommentRow = ({ comment, selected, canModerate, onSelect, onOpen, onApprove, onDismiss }: CommentRowProps) => {
  const t = useT();
  return (
    <Tr data-comment-row={comment.documentId}>
      <Td>
        <Checkbox
          aria-label={t('moderation.select', 'Select the comment of {name}', { name: comment.authorName })}
          checked={selected}
          onCheckedChange={(checked: boolean | 'indeterminate') => onSelect(checked === true)}
        />
      </Td>
      <Td>
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="bold">{comment.authorName}</Typography>
          <Typography variant="pi" textColor="neutral600">{comment.authorEmail}</Typography>
        </Flex>
      </Td>
      <Td style={{ maxWidth: '40rem', whiteSpace: 'normal' }}>
        <Typography>{excerpt(comment.content)}</Typography>
        <CommentMarks comment={comment} />
      </Td>
      <Td><Typography>{comment.review?.title ?? '—'}</Typography></Td>
      <Td><Typography>{new Date(comment.createdAt).toLocaleString()}</Typography></Td>
      <Td>
        <Badge>{t(`status.${comment.moderationStatus}`, STATUS_LABELS[comment.moderationStatus])}</Badge>
        <CommentSignals comment={comment} canModerate={canModerate} onDismiss={onDismiss} />
      </Td>
      <Td>
        <Flex gap={2}>
          <Button variant="tertiary" size="S" onClick={onOpen}>
            {t('moderation.openThread', 'Thread')}
          </Button>
          {canModerate && comment.moderationStatus === 'pending' ? (
            <Button variant="success-light" size="S" onClick={onApprove}>
              {t('moderation.action.approve', 'Approve')}
            </Button>
          ) : null}
          {canModerate ? <BlockReaderButton comment={comment} /> : null}
        </Flex>
      </Td>
    </Tr>
  );
};
