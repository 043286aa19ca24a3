import * as React from 'react';
import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import type { ModeratedComment } from '../../../../shared/contracts/moderation';
import { fieldErrors, type FieldErrors } from '../../api/fieldErrors';
import { useBlockReader } from '../../api/useBlocks';
import { useT } from '../../utils/useT';
import { BLOCK_DURATIONS, expiryOf, type BlockDuration } from './block-durations';

/** The errors but the one of the field just edited: it no longer says anything about what is there. */
const without = (errors: FieldErrors, name: string): FieldErrors => Object.fromEntries(Object.entries(errors).filter(([path]) => path !== name));

interface BlockReaderDialogProps {
  comment: Pick<ModeratedComment, 'documentId' | 'authorName'>;
  onClose(): void;
}

/** Blocks a comment's author, with a note for the other moderators and how long it lasts. */
export const BlockReaderDialog = ({ comment, onClose }: BlockReaderDialogProps) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const blockReader = useBlockReader();
  const [note, setNote] = React.useState('');
  const [duration, setDuration] = React.useState<BlockDuration>('lifted');
  const [errors, setErrors] = React.useState<FieldErrors>({});

  const block = async () => {
    const result = await blockReader.mutate(comment.documentId, { note: note.trim() || undefined, expiresAt: expiryOf(duration) });
    if (!result.ok) {
      setErrors(fieldErrors(result.error));
      return;
    }
    toggleNotification({ type: 'success', message: t('block.done', '{name} is blocked', { name: comment.authorName }) });
    onClose();
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('block.title', 'Block {name}', { name: comment.authorName })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography tag="p" textColor="neutral700">
              {t('block.explain', 'Their new comments and reports are stored as spam; they are answered as if their comment were pending. The block matches their email and their client address.')}
            </Typography>
            {/* A 400 at `id`: the comment no longer holds the email or the address a block matches. */}
            {errors.id ? (
              <Typography role="alert" textColor="danger600">
                {t('block.unidentifiable', 'This comment no longer holds the email or the address of its author: there is nothing to block them by.')}
              </Typography>
            ) : null}
            <Field.Root name="note" error={errors.note} hint={t('block.note.hint', 'For the other moderators, at most 500 characters')}>
              <Field.Label>{t('block.note', 'Note')}</Field.Label>
              <Textarea
                value={note}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                  setNote(event.target.value);
                  setErrors((previous) => without(previous, 'note'));
                }}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            <Field.Root name="expiresAt" error={errors.expiresAt}>
              <Field.Label>{t('block.duration', 'Blocked for')}</Field.Label>
              <SingleSelect
                value={duration}
                onChange={(value: string | number) => {
                  setDuration(String(value) as BlockDuration);
                  setErrors((previous) => without(previous, 'expiresAt'));
                }}
              >
                {BLOCK_DURATIONS.map((option) => (
                  <SingleSelectOption key={option} value={option}>
                    {option === 'lifted' ? t('block.duration.lifted', 'Until lifted') : t('block.duration.days', '{count, plural, one {# day} other {# days}}', { count: Number(option) })}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Error />
            </Field.Root>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('block.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button variant="danger" onClick={block} loading={blockReader.isLoading}>
            {t('block.submit', 'Block')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
