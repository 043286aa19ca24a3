import { Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { ImportReport } from '../../../../shared/contracts/wordpress-import';
import { DataTable } from '../../components/DataTable';
import { useT } from '../../utils/useT';

const COLUMNS = [['import.skipped.kind', 'What'], ['import.skipped.id', 'WordPress id'], ['import.skipped.reason', 'Why']] as const;

/** What the import left out, and why; nothing when it left nothing out. */
export const SkippedItems = ({ report }: { report: ImportReport }) => {
  const t = useT();
  if (report.skipped.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="delta" tag="h2">
        {t('import.skipped', 'Skipped ({count})', { count: report.skipped.length })}
      </Typography>
      <DataTable columns={COLUMNS} rowCount={report.skipped.length}>
        {report.skipped.map((item) => (
          <Tr key={`${item.kind}:${item.wordpressId}:${item.post ?? ''}`} data-import-skipped={`${item.kind}:${item.wordpressId}`}>
            <Td><Typography>{t(`import.kind.${item.kind}`, item.kind)}</Typography></Td>
            <Td><Typography>{item.title ? `${item.wordpressId} · ${item.title}` : item.wordpressId}</Typography></Td>
            <Td><Typography>{item.reason}</Typography></Td>
          </Tr>
        ))}
      </DataTable>
    </Flex>
  );
};
