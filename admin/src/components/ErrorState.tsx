import { Box, Button, EmptyStateLayout } from '@strapi/design-system';
import { ArrowClockwise, WarningCircle } from '@strapi/icons';
import { useErrorMessage } from '../api/useErrorMessage';
import { useT } from '../utils/useT';

/** In place of what could not be loaded: why, and a way to try again. */
export const ErrorState = ({ error, onRetry }: { error: unknown; onRetry(): void }) => {
  const t = useT();
  const describe = useErrorMessage();
  return (
    <Box role="alert" data-error-state>
      <EmptyStateLayout
        hasRadius
        shadow="tableShadow"
        icon={<WarningCircle width="6.4rem" height="6.4rem" fill="danger600" />}
        content={describe(error)}
        action={
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={onRetry}>
            {t('error.retry', 'Retry')}
          </Button>
        }
      />
    </Box>
  );
};
