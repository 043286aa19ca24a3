import * as React from 'react';
import { Box, Button, Field, Flex, TextInput } from '@strapi/design-system';
import { Search } from '@strapi/icons';
import { useT } from '../../utils/useT';

/** The reader's email, and the button that looks their comments up. */
export const LookupForm = ({ busy, onLookUp }: { busy: boolean; onLookUp(email: string): void }) => {
  const t = useT();
  const [email, setEmail] = React.useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onLookUp(email.trim());
      }}
    >
      <Flex gap={4} alignItems="flex-end">
        <Box flex="1">
          <Field.Root name="email" required>
            <Field.Label>{t('privacy.email', "Reader's email")}</Field.Label>
            <TextInput type="email" value={email} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEmail(event.target.value)} />
          </Field.Root>
        </Box>
        <Button type="submit" startIcon={<Search />} loading={busy} disabled={!email.trim()}>
          {t('privacy.find', 'Find comments')}
        </Button>
      </Flex>
    </form>
  );
};
