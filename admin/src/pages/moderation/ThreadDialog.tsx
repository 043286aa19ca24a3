import * as React from 'react';
import { Badge, Box, Button, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import type { ModeratedComment } from '../../../../shared/contracts/moderation';
import { useReply, useThread } from '../../api/useModeration';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../utils/useT';
import { BlockReaderButton } from './BlockReaderButton';
import { CommentMarks } from './CommentMarks';
import { EarlierVersions } from './EarlierVersions';
import { ModerationHistory } from './ModerationHistory';

interface ThreadDialogProps {
  comment: ModeratedComment;
  canModerate: boolean;
  onClose(): void;
  onChanged(): void;
}

/** A comment shown in its whole conversation, with the editor's reply box. */
export const ThreadDialog = ({ comment, canModerate, onClose, onChanged }: ThreadDialogProps) => {
  const t = useT();
  const thread = useThread(comment.documentId);
  const reply = useReply();
  const { toggleNotification } = useNotification();
  const [answer, setAnswer] = React.useState('');

  const send = async () => {
    if (!(await reply.mutate(comment.documentId, answer)).ok) return;
    setAnswer('');
    toggleNotification({ type: 'success', message: t('thread.reply.sent', 'Reply published') });
    await thread.refetch();
    onChanged();
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('thread.title', 'Conversation on {review}', { review: comment.review?.title ?? '' })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <QueryState query={thread}>
            {({ data: comments }) => (
          <Flex direction="column" alignItems="stretch" gap={3} data-thread>
            {comments.map((item) => (
              <Box
                key={item.documentId}
                padding={3}
                hasRadius
                background={item.documentId === comment.documentId ? 'primary100' : 'neutral100'}
                style={{ marginLeft: `${item.depth * 2.4}rem` }}
                data-thread-comment={item.documentId}
              >
                <Flex gap={2}>
                  <Typography fontWeight="bold">{item.authorName}</Typography>
                  {item.isEditorReply ? <Badge>{t('thread.editor', 'Editor')}</Badge> : null}
                  <Badge>{t(`status.${item.moderationStatus}`, item.moderationStatus)}</Badge>
                  {canModerate ? (
                    <Box marginLeft="auto">
                      <BlockReaderButton comment={item} />
                    </Box>
                  ) : null}
                </Flex>
                <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                  {item.content}
                </Typography>
                <CommentMarks comment={item} />
                <EarlierVersions versions={item.earlierVersions} />
                <ModerationHistory history={item.history} />
              </Box>
            ))}
          </Flex>
            )}
          </QueryState>
          {canModerate && comment.moderationStatus === 'approved' ? (
            <Box paddingTop={4}>
              <Textarea
                aria-label={t('thread.reply.label', 'Reply as the editor')}
                placeholder={t('thread.reply.placeholder', 'Write a public reply…')}
                value={answer}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setAnswer(event.target.value)}
              />
            </Box>
          ) : null}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('thread.close', 'Close')}</Button>
          </Modal.Close>
          {canModerate && comment.moderationStatus === 'approved' ? (
            <Button onClick={send} loading={reply.isLoading} disabled={!answer.trim()}>
              {t('thread.reply.send', 'Publish reply')}
            </Button>
          ) : null}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
