import type * as React from 'react';
import { Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useT } from '../utils/useT';

/** A column heading: a translation key and its English text. */
export type Column = readonly [id: string, defaultMessage: string];

/** A table with one heading per column; the caller draws the rows. */
export const DataTable = ({ columns, rowCount, children }: { columns: readonly Column[]; rowCount: number; children: React.ReactNode }) => {
  const t = useT();
  return (
    <Table colCount={columns.length} rowCount={rowCount + 1}>
      <Thead>
        <Tr>
          {columns.map(([id, label]) => (
            <Th key={id}>
              <Typography variant="sigma">{t(id, label)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>{children}</Tbody>
    </Table>
  );
};
