import type * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

export interface Ranked {
  key: string;
  label: string;
  /** A second line under the label. */
  detail?: string;
  value: React.ReactNode;
}

/** An Insights ranking, first place first; `empty` when nothing ranks yet. */
export const RankedList = ({ items, empty, ...rest }: { items: Ranked[]; empty: string } & React.HTMLAttributes<HTMLElement>) =>
  items.length === 0 ? (
    <Typography textColor="neutral600" {...rest}>
      {empty}
    </Typography>
  ) : (
    <Flex direction="column" alignItems="stretch" gap={2} tag="ol" {...rest}>
      {items.map((item) => (
        <Flex key={item.key} justifyContent="space-between" alignItems="flex-start" gap={3} tag="li">
          <Flex direction="column" alignItems="flex-start">
            <Typography>{item.label}</Typography>
            {item.detail ? (
              <Typography variant="pi" textColor="neutral600">
                {item.detail}
              </Typography>
            ) : null}
          </Flex>
          <Typography fontWeight="bold">{item.value}</Typography>
        </Flex>
      ))}
    </Flex>
  );
