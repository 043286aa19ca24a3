import * as React from 'react';
import type { Settings } from '../../../../shared/contracts/settings';

export interface SettingsForm {
  values: Settings;
  readOnly: boolean;
  set<Key extends keyof Settings>(key: Key, value: Settings[Key]): void;
  /** The server's message for a field, or for one of its items (`imageWidths.1`). */
  errorAt(name: string): string | undefined;
}

export const SettingsFormContext = React.createContext<SettingsForm | null>(null);

export const useSettingsForm = () => {
  const form = React.useContext(SettingsFormContext);
  if (!form) throw new Error('A settings field is rendered outside the settings form');
  return form;
};
