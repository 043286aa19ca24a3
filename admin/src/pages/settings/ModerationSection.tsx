import { useT } from '../../utils/useT';
import { Cell, NumberField, SettingCells, SettingsSection, type SettingCell } from './fields';
import { useSettingsForm } from './settings-form';

const RULES: SettingCell[] = [
  { kind: 'toggle', setting: 'requireApproval', col: 6, label: ['settings.requireApproval', 'Require approval'], hint: ['settings.requireApproval.hint', 'Hold every comment, even from returning readers'] },
  {
    kind: 'toggle',
    setting: 'holdFirstTimeCommenters',
    col: 6,
    label: ['settings.holdFirstTimeCommenters', 'Hold first-time commenters'],
    hint: ['settings.holdFirstTimeCommenters.hint', "A reader's first comment waits for a moderator"],
  },
  { kind: 'number', setting: 'maxLinks', col: 3, label: ['settings.maxLinks', 'Links that hold a comment'], hint: ['settings.maxLinks.hint', '0 turns the rule off'] },
  { kind: 'number', setting: 'floodIntervalSeconds', col: 3, label: ['settings.floodIntervalSeconds', 'Flood interval (seconds)'], hint: ['settings.floodIntervalSeconds.hint', 'One comment per email per interval'] },
  { kind: 'number', setting: 'maxThreadDepth', col: 3, label: ['settings.maxThreadDepth', 'Maximum reply depth'] },
  {
    kind: 'number',
    setting: 'editWindowMinutes',
    col: 3,
    label: ['settings.editWindowMinutes', 'Edit window (minutes)'],
    hint: ['settings.editWindowMinutes.hint', 'How long readers may edit or delete their own comment; 0 turns it off'],
  },
];

const WORDS: SettingCell[] = [
  { kind: 'lines', setting: 'moderationWords', col: 6, label: ['settings.moderationWords', 'Words that hold a comment'], hint: ['settings.words.hint', 'One per line'] },
  { kind: 'lines', setting: 'disallowedWords', col: 6, label: ['settings.disallowedWords', 'Words that mark a comment as spam'], hint: ['settings.words.hint', 'One per line'] },
];

const PROOF_OF_WORK: SettingCell[] = [
  {
    kind: 'toggle',
    setting: 'requireProofOfWork',
    col: 6,
    label: ['settings.requireProofOfWork', 'Require proof of work'],
    hint: ['settings.requireProofOfWork.hint', "A guest's browser solves a small puzzle before its comment is taken; signed-in readers are exempt"],
  },
];

/** The rate limit is one nested setting edited as two numbers. */
const RateLimitCells = () => {
  const t = useT();
  const { values, set } = useSettingsForm();
  const { rateLimit } = values;
  return (
    <>
      <Cell col={6}>
        <NumberField name="rateLimit.max" label={t('settings.rateLimit.max', 'Comments per address')} value={rateLimit.max} onChange={(max) => set('rateLimit', { ...rateLimit, max })} />
      </Cell>
      <Cell col={6}>
        <NumberField
          name="rateLimit.windowSeconds"
          label={t('settings.rateLimit.windowSeconds', '…per window of (seconds)')}
          value={rateLimit.windowSeconds}
          onChange={(windowSeconds) => set('rateLimit', { ...rateLimit, windowSeconds })}
        />
      </Cell>
    </>
  );
};

export const ModerationSection = () => {
  const t = useT();
  return (
    <SettingsSection title={t('settings.moderation', 'Moderation')}>
      <SettingCells cells={RULES} />
      <RateLimitCells />
      <SettingCells cells={WORDS} />
      <SettingCells cells={PROOF_OF_WORK} />
    </SettingsSection>
  );
};
