import { useT } from '../../utils/useT';
import { Cell, LinesSetting, NumberField, NumberSetting, SettingsSection, ToggleSetting } from './fields';
import { useSettingsForm } from './settings-form';

export const ModerationSection = () => {
  const t = useT();
  const { values, set } = useSettingsForm();
  return (
    <SettingsSection title={t('settings.moderation', 'Moderation')}>
      <Cell col={6}>
        <ToggleSetting setting="requireApproval" label={t('settings.requireApproval', 'Require approval')} hint={t('settings.requireApproval.hint', 'Hold every comment, even from returning readers')} />
      </Cell>
      <Cell col={6}>
        <ToggleSetting setting="holdFirstTimeCommenters" label={t('settings.holdFirstTimeCommenters', 'Hold first-time commenters')} hint={t('settings.holdFirstTimeCommenters.hint', "A reader's first comment waits for a moderator")} />
      </Cell>
      <Cell col={4}>
        <NumberSetting setting="maxLinks" label={t('settings.maxLinks', 'Links that hold a comment')} hint={t('settings.maxLinks.hint', '0 turns the rule off')} />
      </Cell>
      <Cell col={4}>
        <NumberSetting setting="floodIntervalSeconds" label={t('settings.floodIntervalSeconds', 'Flood interval (seconds)')} hint={t('settings.floodIntervalSeconds.hint', 'One comment per email per interval')} />
      </Cell>
      <Cell col={4}>
        <NumberSetting setting="maxThreadDepth" label={t('settings.maxThreadDepth', 'Maximum reply depth')} />
      </Cell>
      <Cell col={6}>
        <NumberField name="rateLimit.max" label={t('settings.rateLimit.max', 'Comments per address')} value={values.rateLimit.max} onChange={(max) => set('rateLimit', { ...values.rateLimit, max })} />
      </Cell>
      <Cell col={6}>
        <NumberField
          name="rateLimit.windowSeconds"
          label={t('settings.rateLimit.windowSeconds', '…per window of (seconds)')}
          value={values.rateLimit.windowSeconds}
          onChange={(windowSeconds) => set('rateLimit', { ...values.rateLimit, windowSeconds })}
        />
      </Cell>
      <Cell col={6}>
        <LinesSetting setting="moderationWords" label={t('settings.moderationWords', 'Words that hold a comment')} hint={t('settings.words.hint', 'One per line')} />
      </Cell>
      <Cell col={6}>
        <LinesSetting setting="disallowedWords" label={t('settings.disallowedWords', 'Words that mark a comment as spam')} hint={t('settings.words.hint', 'One per line')} />
      </Cell>
    </SettingsSection>
  );
};
