import { Badge, Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { ImportReport } from '../../../../shared/contracts/wordpress-import';
import { DataTable } from '../../components/DataTable';
import { useT } from '../../utils/useT';

const ACTION_BADGES = { created: 'success', updated: 'secondary', unchanged: 'neutral', failed: 'danger' } as const;

const COLUMNS = [['import.post', 'Post'], ['import.action', 'Result'], ['import.comments', 'Comments'], ['import.notes', 'Notes']] as const;

/** One row per post of the export: what became of it and of its comments. */
export const ImportedPosts = ({ report }: { report: ImportReport }) => {
  const t = useT();
  return (
    <DataTable columns={COLUMNS} rowCount={report.posts.length}>
      {report.posts.map((post) => (
        <Tr key={post.wordpressId} data-import-post={post.wordpressId} data-import-action={post.action}>
          <Td><Typography>{post.title}</Typography></Td>
          <Td>
            <Flex gap={1}>
              <Badge variant={ACTION_BADGES[post.action]}>{t(`import.action.${post.action}`, post.action)}</Badge>
              {post.status ? <Badge>{t(`import.status.${post.status}`, post.status)}</Badge> : null}
            </Flex>
          </Td>
          <Td>
            <Typography>{t('import.postComments', '{created} new, {updated} updated, {skipped} skipped', post.comments)}</Typography>
          </Td>
          <Td>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              {post.notes.map((note) => (
                <Typography key={note} variant="pi" textColor="neutral600">{note}</Typography>
              ))}
            </Flex>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
