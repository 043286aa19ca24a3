import type { FieldIssue } from '../field-issue';

export const SPOILER_LEVELS = ['none', 'mild', 'major'] as const;
export type SpoilerLevel = (typeof SPOILER_LEVELS)[number];
export const SPOILER_NOTE_MAX_LENGTH = 280;

export interface SpoilerWarning {
  level: SpoilerLevel;
  note?: string | null;
}

const ALLOWED_KEYS = new Set(['level', 'note']);

export const checkSpoilerWarning = (value: unknown): FieldIssue[] => {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    return [{ path: [], message: 'must be an object { level, note }' }];
  }
  const issues: FieldIssue[] = [];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!ALLOWED_KEYS.has(key)) issues.push({ path: [key], message: `unknown key "${key}"` });
  }
  if (!SPOILER_LEVELS.includes(record.level as SpoilerLevel)) {
    issues.push({ path: ['level'], message: `level must be one of ${SPOILER_LEVELS.join(', ')}` });
  }
  const { note } = record;
  if (note !== undefined && note !== null) {
    if (typeof note !== 'string') {
      issues.push({ path: ['note'], message: 'note must be text' });
    } else if (note.length > SPOILER_NOTE_MAX_LENGTH) {
      issues.push({ path: ['note'], message: `note must be at most ${SPOILER_NOTE_MAX_LENGTH} characters` });
    }
  }
  return issues;
};
