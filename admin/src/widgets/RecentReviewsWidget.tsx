import { Box, Flex, Status, Typography } from '@strapi/design-system';
import { Discuss, Feather } from '@strapi/icons';
import { Link } from 'react-router-dom';
import { FILM_REVIEW_MODEL, type RecentReview, type RecentReviewStatus } from '../../../shared/contracts/homepage';
import { useRecentReviews } from '../api/useHomepage';
import { QueryState } from '../components/QueryState';
import { StarGlyph } from '../components/StarGlyph';
import { useT } from '../utils/useT';
import { Age } from './Age';
import { WidgetEmpty } from './WidgetEmpty';

/** The content manager's colours for a document's status. */
const STATUS = {
  draft: { variant: 'secondary', label: 'Draft' },
  published: { variant: 'success', label: 'Published' },
  modified: { variant: 'alternative', label: 'Modified' },
} as const satisfies Record<RecentReviewStatus, { variant: string; label: string }>;

const editView = ({ documentId, locale }: RecentReview) => `/content-manager/collection-types/${FILM_REVIEW_MODEL}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

const Rating = ({ rating, max }: { rating: number | null; max: number }) => {
  const t = useT();
  const label = rating === null ? t('star-rating.input.empty', 'No rating') : t('star-rating.input.value', '{value} out of {max} stars', { value: rating, max });
  return (
    <Flex tag="span" role="img" aria-label={label} data-widget-rating={rating ?? ''}>
      {Array.from({ length: max }, (_, index) => (
        <StarGlyph key={index} size="1.2rem" fill={(rating ?? 0) - index} />
      ))}
    </Flex>
  );
};

/** Home page: the reviews edited last, each with its rating, comments and status, linked to its edit view. */
export const RecentReviewsWidget = () => {
  const t = useT();
  const query = useRecentReviews();
  return (
    <QueryState query={query}>
      {({ data, meta }) =>
        data.length === 0 ? (
          <WidgetEmpty icon={<Feather width="3.2rem" height="3.2rem" fill="neutral500" aria-hidden />}>{t('widgets.recent.empty', 'No reviews yet.')}</WidgetEmpty>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={1} data-recent-widget>
            {data.map((review) => (
              <Box tag="li" key={`${review.documentId}:${review.locale}`} paddingTop={1} paddingBottom={1} borderColor="neutral150" style={{ borderWidth: '0 0 1px 0' }} data-widget-review={review.documentId}>
                <Flex gap={3} justifyContent="space-between">
                  <Box minWidth={0} flex={1}>
                    <Typography tag={Link} to={editView(review)} fontWeight="semiBold" textColor="primary600" ellipsis style={{ display: 'block', textDecoration: 'none' }}>
                      {review.title}
                    </Typography>
                    <Flex gap={2} alignItems="center">
                      <Rating rating={review.rating} max={meta.ratingMax} />
                      <Flex tag="span" gap={1} data-widget-comments={review.comments}>
                        <Discuss width="1.2rem" height="1.2rem" fill="neutral500" aria-hidden />
                        <Typography variant="pi" textColor="neutral600">
                          {t('widgets.recent.comments', '{count, plural, one {# comment} other {# comments}}', { count: review.comments })}
                        </Typography>
                      </Flex>
                      <Age date={review.updatedAt} />
                    </Flex>
                  </Box>
                  <Status variant={STATUS[review.status].variant} size="S" data-widget-status={review.status}>
                    <Typography tag="span" variant="omega" fontWeight="bold">
                      {t(`widgets.recent.status.${review.status}`, STATUS[review.status].label)}
                    </Typography>
                  </Status>
                </Flex>
              </Box>
            ))}
          </Flex>
        )
      }
    </QueryState>
  );
};
