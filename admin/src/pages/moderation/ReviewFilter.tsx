import * as React from 'react';
import { Box, Combobox, ComboboxOption } from '@strapi/design-system';
import type { ListReviewOptions } from '../../../../shared/contracts/moderation';
import { useReviewOptions } from '../../api/useReviewOptions';
import { InlineError } from '../../components/InlineError';
import { useDebouncedValue } from '../../utils/useDebouncedValue';
import { useT } from '../../utils/useT';

type ReviewOption = ListReviewOptions.Response['data'][number];

/** The review a moderator narrows the queue to: searched by title on the server, a page at a time. */
export const ReviewFilter = ({ value, onChange }: { value: string; onChange(documentId: string): void }) => {
  const t = useT();
  const [text, setText] = React.useState('');
  const reviews = useReviewOptions(useDebouncedValue(text.trim()));
  // The chosen review stays an option whatever is searched next, so its title stays shown.
  const [chosen, setChosen] = React.useState<ReviewOption | null>(null);

  if (reviews.error) {
    return <InlineError what={t('moderation.review.failed', 'The reviews to filter by could not be loaded')} error={reviews.error} onRetry={reviews.refetch} />;
  }
  const options = chosen && !reviews.options.some((option) => option.documentId === chosen.documentId) ? [chosen, ...reviews.options] : reviews.options;
  const choose = (documentId?: string) => {
    setChosen(options.find((option) => option.documentId === documentId) ?? null);
    onChange(documentId ?? '');
  };

  return (
    <Box style={{ minWidth: '28rem' }} data-review-filter>
      <Combobox
        aria-label={t('moderation.review', 'Review')}
        placeholder={t('moderation.review.all', 'All reviews')}
        autocomplete={{ type: 'list', filter: 'contains' }}
        value={value || undefined}
        onChange={choose}
        onClear={() => {
          setText('');
          choose(undefined);
        }}
        onInputChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
        loading={reviews.isLoading}
        loadingMessage={t('loading', 'Loading…')}
        noOptionsMessage={() => t('moderation.review.none', 'No review has this title')}
        hasMoreItems={reviews.hasMore}
        onLoadMore={reviews.loadMore}
      >
        {options.map((option) => (
          <ComboboxOption key={option.documentId} value={option.documentId}>
            {`${option.title} · ${option.slug}`}
          </ComboboxOption>
        ))}
      </Combobox>
    </Box>
  );
};
