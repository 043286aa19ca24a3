import type * as React from 'react';
import { Checkbox, Field, Flex, TextInput } from '@strapi/design-system';
import { IMAGE_FORMATS } from '../../../../shared/contracts/settings';
import { useT } from '../../utils/useT';
import { Cell, SettingCells, SettingsSection } from './fields';
import { useSettingsForm } from './settings-form';

const widths = (text: string) => text.split(',').map((part) => part.trim()).filter(Boolean).map(Number);

export const DisplaySection = () => {
  const t = useT();
  const { values, set, readOnly, errorAt } = useSettingsForm();
  return (
    <SettingsSection title={t('settings.display', 'Spoilers and images')}>
      <SettingCells cells={[{ kind: 'text', setting: 'spoilerPlaceholder', col: 4, label: ['settings.spoilerPlaceholder', 'Spoiler placeholder'] }]} />
      <Cell col={4}>
        <Field.Root name="imageWidths" error={errorAt('imageWidths')} hint={t('settings.imageWidths.hint', 'Comma-separated, e.g. 480, 960, 1600')}>
          <Field.Label>{t('settings.imageWidths', 'Image widths (px)')}</Field.Label>
          <TextInput value={values.imageWidths.join(', ')} disabled={readOnly} onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('imageWidths', widths(event.target.value))} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </Cell>
      <Cell col={4}>
        <Field.Root name="imageFormats" error={errorAt('imageFormats')}>
          <Field.Label>{t('settings.imageFormats', 'Image formats')}</Field.Label>
          <Flex gap={4}>
            {IMAGE_FORMATS.map((format) => (
              <Checkbox
                key={format}
                checked={values.imageFormats.includes(format)}
                disabled={readOnly}
                onCheckedChange={(checked: boolean | 'indeterminate') =>
                  set('imageFormats', checked === true ? [...values.imageFormats, format] : values.imageFormats.filter((other) => other !== format))
                }
              >
                {format.toUpperCase()}
              </Checkbox>
            ))}
          </Flex>
          <Field.Error />
        </Field.Root>
      </Cell>
    </SettingsSection>
  );
};
