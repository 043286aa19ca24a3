import * as React from 'react';
import { Button } from '@strapi/design-system';
import { Lock } from '@strapi/icons';
import type { ModeratedComment } from '../../../../shared/contracts/moderation';
import { useT } from '../../utils/useT';
import { BlockReaderDialog } from './BlockReaderDialog';

/** "Block reader" on a reader's comment, and the dialog it opens; an editor's reply has no reader to block. */
export const BlockReaderButton = ({ comment }: { comment: Pick<ModeratedComment, 'documentId' | 'authorName' | 'isEditorReply'> }) => {
  const t = useT();
  const [open, setOpen] = React.useState(false);
  if (comment.isEditorReply) return null;
  return (
    <>
      <Button variant="danger-light" size="S" startIcon={<Lock />} onClick={() => setOpen(true)}>
        {t('block.open', 'Block reader')}
      </Button>
      {open ? <BlockReaderDialog comment={comment} onClose={() => setOpen(false)} /> : null}
    </>
  );
};
