import { Flex, Typography } from '@strapi/design-system';
import type { ImportReport } from '../../../../shared/contracts/wordpress-import';
import { useT } from '../../utils/useT';

/** What the run created, updated and left, per kind of thing. */
export const ImportTotals = ({ report }: { report: ImportReport }) => {
  const t = useT();
  const { reviews, comments, images } = report.totals;
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-import-totals>
      <Typography>
        {t('import.totals.reviews', 'Reviews: {created} created, {updated} updated, {unchanged} unchanged, {failed} failed', reviews)}
      </Typography>
      <Typography>
        {t('import.totals.comments', 'Comments: {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped ({pingbacks} pingbacks and trackbacks)', comments)}
      </Typography>
      <Typography>
        {report.dryRun
          ? t('import.totals.imagesPlanned', 'Images: {uploaded} to upload, {reused} already imported', images)
          : t('import.totals.images', 'Images: {uploaded} uploaded, {reused} reused, {failed} failed', images)}
      </Typography>
    </Flex>
  );
};
