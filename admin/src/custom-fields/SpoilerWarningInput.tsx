import * as React from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useField, type InputProps } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

const LEVELS = ['none', 'mild', 'major'] as const;
const NOTE_MAX_LENGTH = 280;

type Level = (typeof LEVELS)[number];
type SpoilerWarning = { level: Level; note?: string };

const LEVEL_LABELS: Record<Level, string> = {
  none: 'No spoilers',
  mild: 'Mild spoilers',
  major: 'Major spoilers',
};

type SpoilerWarningInputProps = InputProps & { labelAction?: React.ReactNode };

export const SpoilerWarningInput = React.forwardRef<HTMLDivElement, SpoilerWarningInputProps>(
  ({ name, label, hint, required = false, disabled = false, labelAction }, ref) => {
    const { value, onChange, error } = useField(name);
    const { formatMessage } = useIntl();
    const warning = (value && typeof value === 'object' ? value : null) as SpoilerWarning | null;
    const note = warning?.note ?? '';

    const onLevelChange = (level: string | number) => {
      onChange(name, level ? { ...warning, level: level as Level } : null);
    };

    const onNoteChange = (event: React.ChangeEvent<HTMLTextAreaElement>) => {
      if (!warning) return;
      const { note: _previous, ...rest } = warning;
      onChange(name, event.target.value ? { ...rest, note: event.target.value } : rest);
    };

    return (
      <Field.Root name={name} id={name} error={typeof error === 'string' ? error : undefined} hint={hint} required={required}>
        <Flex direction="column" alignItems="stretch" gap={1} ref={ref}>
          <Field.Label action={labelAction}>{label}</Field.Label>
          <Flex gap={2} alignItems="flex-start" wrap="wrap">
            <Box style={{ minWidth: '18rem' }}>
              <SingleSelect
                id={`${name}-level`}
                aria-label={formatMessage({ id: getTranslation('spoiler-warning.input.level'), defaultMessage: 'Spoiler level' })}
                placeholder={formatMessage({ id: getTranslation('spoiler-warning.input.unset'), defaultMessage: 'No warning set' })}
                value={warning?.level ?? ''}
                onChange={onLevelChange}
                onClear={() => onChange(name, null)}
                disabled={disabled}
              >
                {LEVELS.map((level) => (
                  <SingleSelectOption key={level} value={level}>
                    {formatMessage({ id: getTranslation(`spoiler-warning.level.${level}`), defaultMessage: LEVEL_LABELS[level] })}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            <Box flex="1" style={{ minWidth: '24rem' }}>
              <Textarea
                id={`${name}-note`}
                aria-label={formatMessage({ id: getTranslation('spoiler-warning.input.note'), defaultMessage: 'Note for readers' })}
                placeholder={formatMessage({
                  id: getTranslation('spoiler-warning.input.note.placeholder'),
                  defaultMessage: 'e.g. This review discusses the ending',
                })}
                value={note}
                maxLength={NOTE_MAX_LENGTH}
                onChange={onNoteChange}
                disabled={disabled || !warning}
              />
              <Typography variant="pi" textColor={note.length > NOTE_MAX_LENGTH ? 'danger600' : 'neutral600'}>
                {formatMessage(
                  { id: getTranslation('spoiler-warning.input.note.count'), defaultMessage: '{count} / {max} characters' },
                  { count: note.length, max: NOTE_MAX_LENGTH }
                )}
              </Typography>
            </Box>
          </Flex>
          <Field.Hint />
          <Field.Error />
        </Flex>
      </Field.Root>
    );
  }
);
