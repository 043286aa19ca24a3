import { EmptyStateLayout } from '@strapi/design-system';
import type { ReaderBlock } from '../../../../shared/contracts/blocks';
import { DataTable } from '../../components/DataTable';
import { useT } from '../../utils/useT';
import { BlockRow } from './BlockRow';

const COLUMNS = [
  ['blocks.reader', 'Reader'],
  ['blocks.note', 'Note'],
  ['blocks.blockedBy', 'Blocked by'],
  ['blocks.blockedAt', 'Blocked on'],
  ['blocks.until', 'Until'],
  ['blocks.state', 'State'],
  ['blocks.matches', 'Matches'],
  ['blocks.actions', 'Actions'],
] as const;

/** A page of blocked readers, or that there are none. */
export const BlockTable = ({ blocks, onUnblock }: { blocks: ReaderBlock[]; onUnblock(documentId: string, name: string): Promise<void> }) => {
  const t = useT();
  if (blocks.length === 0) return <EmptyStateLayout content={t('blocks.empty', 'No reader is blocked')} />;
  return (
    <DataTable columns={COLUMNS} rowCount={blocks.length}>
      {blocks.map((block) => (
        <BlockRow key={block.documentId} block={block} onUnblock={(name) => onUnblock(block.documentId, name)} />
      ))}
    </DataTable>
  );
};
