import { Button, Flex, Typography } from '@strapi/design-system';
import { useT } from '../utils/useT';

export const Pager = ({ page, pageCount, onChange }: { page: number; pageCount: number; onChange(page: number): void }) => {
  const t = useT();
  return (
    <Flex gap={2} justifyContent="flex-end">
      <Button variant="tertiary" disabled={page <= 1} onClick={() => onChange(page - 1)}>{t('moderation.previous', 'Previous')}</Button>
      <Typography>{t('moderation.page', 'Page {page} of {count}', { page, count: pageCount })}</Typography>
      <Button variant="tertiary" disabled={page >= pageCount} onClick={() => onChange(page + 1)}>{t('moderation.next', 'Next')}</Button>
    </Flex>
  );
};
