import * as React from 'react';
import { Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { Layouts } from '@strapi/strapi/admin';
import type { GetInsights } from '../../../shared/contracts/insights';
import { useAdminQuery } from '../api/useAdminQuery';
import { LikeCount } from '../components/LikeCount';
import { QueryState } from '../components/QueryState';
import { PLUGIN_ID } from '../pluginId';
import { useT } from '../utils/useT';
import { RankedList } from './RankedList';

const CountChart = React.lazy(() => import('./InsightsCharts'));

const Card = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">{title}</Typography>
      <React.Suspense fallback={<Loader small />}>{children}</React.Suspense>
    </Flex>
  </Box>
);

export const InsightsPage = () => {
  const t = useT();
  const query = useAdminQuery<GetInsights.Response>(`/${PLUGIN_ID}/insights`);
  return (
    <>
      <Layouts.Header title={t('insights.title', 'Insights')} subtitle={t('insights.subtitle', 'How the reviews land with readers')} />
      <Layouts.Content>
        <QueryState query={query}>
          {({ data: insights }) => (
        <Grid.Root gap={4}>
          {[
            { key: 'reviewRatings', label: t('insights.reviewRatings', 'Review ratings'), data: insights.reviewRatings, x: 'rating', col: 6 },
            { key: 'readerRatings', label: t('insights.readerRatings', 'Reader ratings'), data: insights.readerRatings, x: 'rating', col: 6 },
            { key: 'commentsPerWeek', label: t('insights.perWeek', 'Comments per week'), data: insights.commentsPerWeek, x: 'week', col: 8 },
          ].map((chart) => (
            <Grid.Item key={chart.key} col={chart.col} s={12} direction="column" alignItems="stretch">
              <Card title={chart.label}>
                <CountChart data={chart.data} x={chart.x} label={chart.label} />
              </Card>
            </Grid.Item>
          ))}
          {[
            {
              key: 'mostDiscussed',
              title: t('insights.mostDiscussed', 'Most discussed'),
              col: 4,
              items: insights.mostDiscussed.map((review) => ({ key: review.documentId, label: review.title ?? review.documentId, value: review.comments })),
            },
            {
              key: 'mostLikedReviews',
              title: t('insights.mostLikedReviews', 'Most liked reviews'),
              col: 4,
              items: insights.mostLikedReviews.map((review) => ({ key: review.documentId, label: review.title ?? review.documentId, value: <LikeCount likes={review.likes} /> })),
            },
            {
              key: 'mostLikedComments',
              title: t('insights.mostLikedComments', 'Most liked comments'),
              col: 8,
              items: insights.mostLikedComments.map((comment) => ({
                key: comment.documentId,
                label: comment.excerpt,
                detail: t('insights.commentBy', '{author} on {review}', { author: comment.authorName, review: comment.reviewTitle ?? comment.reviewDocumentId }),
                value: <LikeCount likes={comment.likes} />,
              })),
            },
          ].map((ranking) => (
            <Grid.Item key={ranking.key} col={ranking.col} s={12} direction="column" alignItems="stretch">
              <Card title={ranking.title}>
                <RankedList items={ranking.items} empty={t('insights.none', 'Nothing yet')} data-ranking={ranking.key} />
              </Card>
            </Grid.Item>
          ))}
        </Grid.Root>
          )}
        </QueryState>
      </Layouts.Content>
    </>
  );
};
