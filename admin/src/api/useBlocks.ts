import type { BlockReader, ListBlocks, UnblockReader } from '../../../shared/contracts/blocks';
import { PLUGIN_ID } from '../pluginId';
import { useT } from '../utils/useT';
import { fieldErrors } from './fieldErrors';
import { useAdminMutation } from './useAdminMutation';
import { useAdminQuery } from './useAdminQuery';

const MODERATION = `/${PLUGIN_ID}/moderation`;
export const BLOCKS_PAGE_SIZE = 20;

/** Blocked readers, newest first, a page at a time. */
export const useBlockList = (page: number) => useAdminQuery<ListBlocks.Response>(`${MODERATION}/blocks`, { page, pageSize: BLOCKS_PAGE_SIZE } satisfies ListBlocks.Query);

/** Blocks the author of a comment; a refused field is for the dialog to show, the notification only says so. */
export const useBlockReader = () => {
  const t = useT();
  return useAdminMutation(
    async ({ post }, commentDocumentId: string, body: BlockReader.Body) => (await post<BlockReader.Response>(`${MODERATION}/comments/${commentDocumentId}/block`, body)).data.data,
    { failureMessage: (error) => (Object.keys(fieldErrors(error)).length > 0 ? t('block.invalid', 'The reader could not be blocked: see the dialog') : undefined) }
  );
};

export const useUnblockReader = () =>
  useAdminMutation(async ({ del }, documentId: string) => (await del<UnblockReader.Response>(`${MODERATION}/blocks/${documentId}`)).data.data);
