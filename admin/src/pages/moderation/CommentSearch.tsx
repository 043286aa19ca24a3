import * as React from 'react';
import { Box, TextInput } from '@strapi/design-system';
import { useDebouncedValue } from '../../utils/useDebouncedValue';
import { useT } from '../../utils/useT';

/** Searches content, name and email; tells the page once typing pauses. */
export const CommentSearch = ({ onSearch }: { onSearch(q: string): void }) => {
  const t = useT();
  const [text, setText] = React.useState('');
  const q = useDebouncedValue(text.trim());
  const announced = React.useRef(q);
  React.useEffect(() => {
    if (announced.current === q) return;
    announced.current = q;
    onSearch(q);
  }, [q, onSearch]);
  return (
    <Box style={{ minWidth: '28rem' }}>
      <TextInput
        aria-label={t('moderation.search', 'Search comments')}
        placeholder={t('moderation.search', 'Search comments')}
        value={text}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
      />
    </Box>
  );
};
