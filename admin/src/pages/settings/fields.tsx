import type * as React from 'react';
import { Box, Field, Grid, NumberInput, Textarea, TextInput, Toggle, Typography } from '@strapi/design-system';
import type { Settings } from '../../../../shared/contracts/settings';
import { useT } from '../../utils/useT';
import { useSettingsForm } from './settings-form';

type SettingOf<Value> = { [Key in keyof Settings]: Settings[Key] extends Value ? Key : never }[keyof Settings];

interface FieldProps {
  label: string;
  hint?: string;
}

/** One field's place in a section's grid: full width on small screens. */
export const Cell = ({ col, children }: { col: number; children: React.ReactNode }) => (
  <Grid.Item col={col} s={12} direction="column" alignItems="stretch">
    {children}
  </Grid.Item>
);

/** Label, input, hint and the server's error, at `name`. */
const SettingField = ({ name, label, hint, children }: FieldProps & { name: string; children: React.ReactNode }) => {
  const { errorAt } = useSettingsForm();
  return (
    <Field.Root name={name} error={errorAt(name)} hint={hint}>
      <Field.Label>{label}</Field.Label>
      {children}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

export const NumberField = ({ name, value, onChange, ...field }: FieldProps & { name: string; value: number; onChange(value: number): void }) => {
  const { readOnly } = useSettingsForm();
  return (
    <SettingField name={name} {...field}>
      <NumberInput value={value} disabled={readOnly} onValueChange={(next: number | undefined) => onChange(next ?? Number.NaN)} />
    </SettingField>
  );
};

const NumberSetting = ({ setting, ...field }: FieldProps & { setting: SettingOf<number> }) => {
  const { values, set } = useSettingsForm();
  return <NumberField name={setting} value={values[setting]} onChange={(value) => set(setting, value)} {...field} />;
};

const ToggleSetting = ({ setting, ...field }: FieldProps & { setting: SettingOf<boolean> }) => {
  const t = useT();
  const { values, set, readOnly } = useSettingsForm();
  return (
    <SettingField name={setting} {...field}>
      <Toggle
        onLabel={t('settings.on', 'On')}
        offLabel={t('settings.off', 'Off')}
        checked={values[setting]}
        disabled={readOnly}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(setting, event.target.checked)}
      />
    </SettingField>
  );
};

const TextSetting = ({ setting, placeholder, ...field }: FieldProps & { setting: SettingOf<string>; placeholder?: string }) => {
  const { values, set, readOnly } = useSettingsForm();
  return (
    <SettingField name={setting} {...field}>
      <TextInput placeholder={placeholder} value={values[setting]} disabled={readOnly} onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(setting, event.target.value)} />
    </SettingField>
  );
};

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** A list of words or addresses, one per line. */
const LinesSetting = ({ setting, ...field }: FieldProps & { setting: SettingOf<string[]> }) => {
  const { values, set, readOnly } = useSettingsForm();
  return (
    <SettingField name={setting} {...field}>
      <Textarea value={values[setting].join('\n')} disabled={readOnly} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => set(setting, lines(event.target.value))} />
    </SettingField>
  );
};

export const SettingsSection = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
    <Typography variant="delta" tag="h2">{title}</Typography>
    <Grid.Root gap={5} paddingTop={4}>
      {children}
    </Grid.Root>
  </Box>
);

/** A translation key and its English text. */
type Message = readonly [id: string, defaultMessage: string];

interface CellOf<Kind extends string, Setting> {
  kind: Kind;
  setting: Setting;
  col: number;
  label: Message;
  hint?: Message;
}

export type SettingCell =
  | CellOf<'toggle', SettingOf<boolean>>
  | CellOf<'number', SettingOf<number>>
  | (CellOf<'text', SettingOf<string>> & { placeholder?: string })
  | CellOf<'lines', SettingOf<string[]>>;

const SettingInput = ({ cell, label, hint }: { cell: SettingCell; label: string; hint?: string }) => {
  switch (cell.kind) {
    case 'toggle':
      return <ToggleSetting setting={cell.setting} label={label} hint={hint} />;
    case 'number':
      return <NumberSetting setting={cell.setting} label={label} hint={hint} />;
    case 'text':
      return <TextSetting setting={cell.setting} label={label} hint={hint} placeholder={cell.placeholder} />;
    case 'lines':
      return <LinesSetting setting={cell.setting} label={label} hint={hint} />;
  }
};

/** A run of plain settings, one grid cell each, described as data. */
export const SettingCells = ({ cells }: { cells: SettingCell[] }) => {
  const t = useT();
  return (
    <>
      {cells.map((cell) => (
        <Cell key={cell.setting} col={cell.col}>
          <SettingInput cell={cell} label={t(...cell.label)} hint={cell.hint && t(...cell.hint)} />
        </Cell>
      ))}
    </>
  );
};
