import * as React from 'react';
import { Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { Layouts } from '@strapi/strapi/admin';
import type { GetInsights } from '../../../shared/contracts/insights';
import { useAdminQuery } from '../api/useAdminQuery';
import { QueryState } from '../components/QueryState';
import { PLUGIN_ID } from '../pluginId';
import { useT } from '../utils/useT';

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
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <Card title={t('insights.mostDiscussed', 'Most discussed')}>
              <Flex direction="column" alignItems="stretch" gap={2} tag="ol" data-most-discussed>
                {insights.mostDiscussed.map((review) => (
                  <Flex key={review.documentId} justifyContent="space-between" tag="li">
                    <Typography>{review.title ?? review.documentId}</Typography>
                    <Typography fontWeight="bold">{review.comments}</Typography>
                  </Flex>
                ))}
              </Flex>
            </Card>
          </Grid.Item>
        </Grid.Root>
          )}
        </QueryState>
      </Layouts.Content>
    </>
  );
};
