import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Grid, NumberInput, Textarea, TextInput, Toggle, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

interface Settings {
  requireApproval: boolean;
  holdFirstTimeCommenters: boolean;
  maxLinks: number;
  moderationWords: string[];
  disallowedWords: string[];
  floodIntervalSeconds: number;
  rateLimit: { max: number; windowSeconds: number };
  maxThreadDepth: number;
  spoilerPlaceholder: string;
  imageWidths: number[];
  imageFormats: Array<'avif' | 'webp'>;
  replyNotifications: boolean;
  commentUrlPattern: string;
  moderatorDigest: boolean;
  digestIntervalMinutes: number;
  digestRecipients: string[];
  reportThreshold: number;
  spoilerReportsMark: boolean;
}

type BooleanSetting = 'requireApproval' | 'holdFirstTimeCommenters' | 'replyNotifications' | 'moderatorDigest' | 'spoilerReportsMark';
type ListSetting = 'moderationWords' | 'disallowedWords' | 'digestRecipients';

/** One field's place in the settings grid: full width on small screens. */
const Cell = ({ col, children }: { col: number; children: React.ReactNode }) => (
  <Grid.Item col={col} s={12} direction="column" alignItems="stretch">
    {children}
  </Grid.Item>
);

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** Settings → Film reviews: every setting, validated by the server, errors shown at the field. */
export const SettingsPage = () => {
  const t = useT();
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading } = useRBAC({ update: PERMISSIONS.settingsUpdate });
  const [values, setValues] = React.useState<Settings | null>(null);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => {
    get<{ data: Settings }>(`/${PLUGIN_ID}/settings`).then(({ data }) => setValues(data.data));
  }, [get]);

  if (!values || isLoading) return <Page.Loading />;
  const readOnly = !allowedActions.canUpdate;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setValues({ ...values, [key]: value });

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const { data } = await put<{ data: Settings }>(`/${PLUGIN_ID}/settings`, { data: values });
      setValues(data.data);
      setErrors({});
      toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved') });
    } catch (error: any) {
      const details: Array<{ path: string[]; message: string }> = error?.response?.data?.error?.details?.errors ?? [];
      setErrors(Object.fromEntries(details.map((detail) => [detail.path.join('.'), detail.message])));
      toggleNotification({ type: 'danger', message: t('settings.invalid', 'Some settings are not valid') });
    } finally {
      setSaving(false);
    }
  };

  const number = (name: string, label: string, value: number, onChange: (value: number) => void, hint?: string) => (
    <Field.Root name={name} error={errors[name]} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <NumberInput value={value} disabled={readOnly} onValueChange={(next: number | undefined) => onChange(next ?? Number.NaN)} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
  const toggle = (name: BooleanSetting, label: string, hint: string) => (
    <Field.Root name={name} error={errors[name]} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <Toggle
        onLabel={t('settings.on', 'On')}
        offLabel={t('settings.off', 'Off')}
        checked={values[name]}
        disabled={readOnly}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(name, event.target.checked)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
  const wordList = (name: ListSetting, label: string, hint: string) => (
    <Field.Root name={name} error={errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1]} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <Textarea value={values[name].join('\n')} disabled={readOnly} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => set(name, lines(event.target.value))} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );

  return (
    <Page.Main>
      <form onSubmit={save}>
        <Layouts.Header
          title={t('settings.title', 'Film reviews')}
          subtitle={t('settings.subtitle', 'Comment moderation, spoilers and images')}
          primaryAction={readOnly ? undefined : <Button type="submit" startIcon={<Check />} loading={saving}>{t('settings.save', 'Save')}</Button>}
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Typography variant="delta" tag="h2">{t('settings.moderation', 'Moderation')}</Typography>
              <Grid.Root gap={5} paddingTop={4}>
                <Cell col={6}>
                  {toggle('requireApproval', t('settings.requireApproval', 'Require approval'), t('settings.requireApproval.hint', 'Hold every comment, even from returning readers'))}
                </Cell>
                <Cell col={6}>
                  {toggle('holdFirstTimeCommenters', t('settings.holdFirstTimeCommenters', 'Hold first-time commenters'), t('settings.holdFirstTimeCommenters.hint', "A reader's first comment waits for a moderator"))}
                </Cell>
                <Cell col={4}>
                  {number('maxLinks', t('settings.maxLinks', 'Links that hold a comment'), values.maxLinks, (v) => set('maxLinks', v), t('settings.maxLinks.hint', '0 turns the rule off'))}
                </Cell>
                <Cell col={4}>
                  {number('floodIntervalSeconds', t('settings.floodIntervalSeconds', 'Flood interval (seconds)'), values.floodIntervalSeconds, (v) => set('floodIntervalSeconds', v), t('settings.floodIntervalSeconds.hint', 'One comment per email per interval'))}
                </Cell>
                <Cell col={4}>
                  {number('maxThreadDepth', t('settings.maxThreadDepth', 'Maximum reply depth'), values.maxThreadDepth, (v) => set('maxThreadDepth', v))}
                </Cell>
                <Cell col={6}>
                  {number('rateLimit.max', t('settings.rateLimit.max', 'Comments per address'), values.rateLimit.max, (v) => set('rateLimit', { ...values.rateLimit, max: v }))}
                </Cell>
                <Cell col={6}>
                  {number('rateLimit.windowSeconds', t('settings.rateLimit.windowSeconds', '…per window of (seconds)'), values.rateLimit.windowSeconds, (v) => set('rateLimit', { ...values.rateLimit, windowSeconds: v }))}
                </Cell>
                <Cell col={6}>
                  {wordList('moderationWords', t('settings.moderationWords', 'Words that hold a comment'), t('settings.words.hint', 'One per line'))}
                </Cell>
                <Cell col={6}>
                  {wordList('disallowedWords', t('settings.disallowedWords', 'Words that mark a comment as spam'), t('settings.words.hint', 'One per line'))}
                </Cell>
              </Grid.Root>
            </Box>
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Typography variant="delta" tag="h2">{t('settings.display', 'Spoilers and images')}</Typography>
              <Grid.Root gap={5} paddingTop={4}>
                <Cell col={4}>
                  <Field.Root name="spoilerPlaceholder" error={errors.spoilerPlaceholder}>
                    <Field.Label>{t('settings.spoilerPlaceholder', 'Spoiler placeholder')}</Field.Label>
                    <TextInput value={values.spoilerPlaceholder} disabled={readOnly} onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('spoilerPlaceholder', event.target.value)} />
                    <Field.Error />
                  </Field.Root>
                </Cell>
                <Cell col={4}>
                  <Field.Root name="imageWidths" error={errors.imageWidths ?? Object.entries(errors).find(([key]) => key.startsWith('imageWidths.'))?.[1]} hint={t('settings.imageWidths.hint', 'Comma-separated, e.g. 480, 960, 1600')}>
                    <Field.Label>{t('settings.imageWidths', 'Image widths (px)')}</Field.Label>
                    <TextInput
                      value={values.imageWidths.join(', ')}
                      disabled={readOnly}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('imageWidths', event.target.value.split(',').map((part) => part.trim()).filter(Boolean).map(Number))}
                    />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Cell>
                <Cell col={4}>
                  <Field.Root name="imageFormats" error={errors.imageFormats}>
                    <Field.Label>{t('settings.imageFormats', 'Image formats')}</Field.Label>
                    <Flex gap={4}>
                      {(['avif', 'webp'] as const).map((format) => (
                        <Checkbox
                          key={format}
                          checked={values.imageFormats.includes(format)}
                          disabled={readOnly}
                          onCheckedChange={(checked: boolean | 'indeterminate') =>
                            set('imageFormats', checked === true ? [...values.imageFormats, format] : values.imageFormats.filter((f) => f !== format))
                          }
                        >
                          {format.toUpperCase()}
                        </Checkbox>
                      ))}
                    </Flex>
                    <Field.Error />
                  </Field.Root>
                </Cell>
              </Grid.Root>
            </Box>
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
              <Typography variant="delta" tag="h2">{t('settings.notifications', 'Notifications and reports')}</Typography>
              <Grid.Root gap={5} paddingTop={4}>
                <Cell col={6}>
                  {toggle('replyNotifications', t('settings.replyNotifications', 'Reply emails'), t('settings.replyNotifications.hint', 'Readers who ask are emailed when an approved reply to their comment appears'))}
                </Cell>
                <Cell col={6}>
                  <Field.Root name="commentUrlPattern" error={errors.commentUrlPattern} hint={t('settings.commentUrlPattern.hint', 'Where readers read a comment: {slug} and {documentId} are filled in')}>
                    <Field.Label>{t('settings.commentUrlPattern', 'Comment URL on your site')}</Field.Label>
                    <TextInput
                      placeholder="https://example.com/reviews/{slug}#comment-{documentId}"
                      value={values.commentUrlPattern}
                      disabled={readOnly}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('commentUrlPattern', event.target.value)}
                    />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Cell>
                <Cell col={4}>
                  {toggle('moderatorDigest', t('settings.moderatorDigest', 'Moderator digest'), t('settings.moderatorDigest.hint', 'Email moderators when comments wait'))}
                </Cell>
                <Cell col={4}>
                  {number('digestIntervalMinutes', t('settings.digestIntervalMinutes', 'At most one digest every (minutes)'), values.digestIntervalMinutes, (v) => set('digestIntervalMinutes', v))}
                </Cell>
                <Cell col={4}>
                  {wordList('digestRecipients', t('settings.digestRecipients', 'Digest recipients'), t('settings.digestRecipients.hint', 'One address per line; empty: every editor who may moderate'))}
                </Cell>
                <Cell col={6}>
                  {number('reportThreshold', t('settings.reportThreshold', 'Reports that hold a comment'), values.reportThreshold, (v) => set('reportThreshold', v), t('settings.reportThreshold.hint', 'An approved comment goes back to pending'))}
                </Cell>
                <Cell col={6}>
                  {toggle('spoilerReportsMark', t('settings.spoilerReportsMark', 'Spoiler reports mark spoilers'), t('settings.spoilerReportsMark.hint', 'When every report says "spoiler", the comment is hidden behind the spoiler switch instead'))}
                </Cell>
              </Grid.Root>
            </Box>
          </Flex>
        </Layouts.Content>
      </form>
    </Page.Main>
  );
};

export const ProtectedSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.settingsRead}>
    <SettingsPage />
  </Page.Protect>
);

export default ProtectedSettingsPage;
