import { Badge, Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { ReaderBlock } from '../../../../shared/contracts/blocks';
import { useT } from '../../utils/useT';
import { UnblockButton } from './UnblockButton';

const MATCH_LABELS: Record<ReaderBlock['matches'][number], string> = { email: 'Email', address: 'Address' };

const when = (iso: string) => new Date(iso).toLocaleString();

/** One blocked reader: who, why, by whom, since and until when, whether it still holds, what it matches. */
export const BlockRow = ({ block, onUnblock }: { block: ReaderBlock; onUnblock(name: string): Promise<void> }) => {
  const t = useT();
  const name = block.authorName ?? t('blocks.unnamed', 'Unnamed reader');
  return (
    <Tr data-block-row={block.documentId}>
      <Td><Typography fontWeight="bold">{name}</Typography></Td>
      <Td style={{ maxWidth: '32rem', whiteSpace: 'normal' }}>
        <Typography>{block.note ?? '—'}</Typography>
      </Td>
      <Td><Typography>{block.blockedBy ?? '—'}</Typography></Td>
      <Td><Typography>{when(block.createdAt)}</Typography></Td>
      <Td><Typography>{block.expiresAt ? when(block.expiresAt) : t('blocks.untilLifted', 'Until lifted')}</Typography></Td>
      <Td>
        {block.active ? (
          <Badge backgroundColor="danger100" textColor="danger700" data-block-state="active">{t('blocks.state.active', 'Active')}</Badge>
        ) : (
          <Badge data-block-state="expired">{t('blocks.state.expired', 'Expired')}</Badge>
        )}
      </Td>
      <Td>
        <Flex gap={1} data-block-matches={block.matches.join(',')}>
          {block.matches.map((match) => (
            <Badge key={match}>{t(`blocks.matches.${match}`, MATCH_LABELS[match])}</Badge>
          ))}
        </Flex>
      </Td>
      <Td><UnblockButton name={name} onUnblock={() => onUnblock(name)} /></Td>
    </Tr>
  );
};
