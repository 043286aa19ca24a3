import { Flex, TextButton, Typography } from '@strapi/design-system';
import { ArrowClockwise, WarningCircle } from '@strapi/icons';
import { useErrorMessage } from '../api/useErrorMessage';
import { useT } from '../utils/useT';

/** A small part of a page that could not be loaded, said where it would be. */
export const InlineError = ({ what, error, onRetry }: { what: string; error: unknown; onRetry(): void }) => {
  const t = useT();
  const describe = useErrorMessage();
  return (
    <Flex gap={2} role="alert" data-error-state>
      <WarningCircle fill="danger600" aria-hidden />
      <Typography textColor="danger600">{`${what}: ${describe(error)}`}</Typography>
      <TextButton startIcon={<ArrowClockwise />} onClick={onRetry}>
        {t('error.retry', 'Retry')}
      </TextButton>
    </Flex>
  );
};
