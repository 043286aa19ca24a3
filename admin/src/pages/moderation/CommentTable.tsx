import { Checkbox, EmptyStateLayout, Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ModeratedComment, ModerationStatus } from '../../../../shared/contracts/moderation';
import { useT } from '../../utils/useT';
import { CommentRow, type CommentRowProps } from './CommentRow';
import { STATUS_LABELS } from './moderation-labels';

interface CommentTableProps {
  status: ModerationStatus;
  comments: ModeratedComment[];
  selected: Set<string>;
  canModerate: boolean;
  onSelect(selected: Set<string>): void;
  onOpen(comment: ModeratedComment): void;
  onApprove(documentId: string): void;
  onDismiss(documentId: string): void;
}

const COLUMNS = [
  ['moderation.author', 'Author'],
  ['moderation.comment', 'Comment'],
  ['moderation.review', 'Review'],
  ['moderation.date', 'Date'],
  ['moderation.status', 'Status'],
  ['moderation.actions', 'Actions'],
] as const;

/** A page of the queue, with a checkbox per comment and one for all of them. */
export const CommentTable = ({ status, comments, selected, canModerate, onSelect, onOpen, onApprove, onDismiss }: CommentTableProps) => {
  const t = useT();
  if (comments.length === 0) {
    return <EmptyStateLayout content={t('moderation.empty', 'No {status} comments', { status: t(`status.${status}`, STATUS_LABELS[status]).toLowerCase() })} />;
  }
  const allSelected = comments.every((comment) => selected.has(comment.documentId));
  const rowProps = (comment: ModeratedComment): CommentRowProps => ({
    comment,
    canModerate,
    selected: selected.has(comment.documentId),
    onSelect: (checked) => {
      const next = new Set(selected);
      if (checked) next.add(comment.documentId);
      else next.delete(comment.documentId);
      onSelect(next);
    },
    onOpen: () => onOpen(comment),
    onApprove: () => onApprove(comment.documentId),
    onDismiss: () => onDismiss(comment.documentId),
  });
  return (
    <Table colCount={COLUMNS.length + 1} rowCount={comments.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Checkbox
              aria-label={t('moderation.selectAll', 'Select all')}
              checked={allSelected}
              onCheckedChange={(checked: boolean | 'indeterminate') => onSelect(checked === true ? new Set(comments.map((comment) => comment.documentId)) : new Set())}
            />
          </Th>
          {COLUMNS.map(([id, label]) => (
            <Th key={id}><Typography variant="sigma">{t(id, label)}</Typography></Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {comments.map((comment) => (
          <CommentRow key={comment.documentId} {...rowProps(comment)} />
        ))}
      </Tbody>
    </Table>
  );
};
