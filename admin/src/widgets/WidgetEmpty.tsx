import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

/** A widget with nothing to list: an icon and a line, centred like Strapi's own widgets. */
export const WidgetEmpty = ({ icon, children }: { icon: React.ReactNode; children: React.ReactNode }) => (
  <Flex direction="column" justifyContent="center" gap={2} height="100%" data-widget-empty>
    {icon}
    <Typography textColor="neutral600">{children}</Typography>
  </Flex>
);
