import * as z from 'zod';
import { SETTINGS_DEFAULTS, settingsSchema, type Settings } from '../settings/settings-schema';

export type ImageFormat = Settings['imageFormats'][number];

const integer = (min: number, max: number, description: string) =>
  z
    .number({ error: `must be an integer between ${min} and ${max}` })
    .int({ error: `must be an integer between ${min} and ${max}` })
    .min(min, { error: `must be an integer between ${min} and ${max}` })
    .max(max, { error: `must be an integer between ${min} and ${max}` })
    .describe(description);
const onOff = (description: string) => z.boolean({ error: 'must be true or false' }).describe(description);

/**
 * The per-instance blocks of config/plugins: each Strapi instance reads its own, and the
 * settings page neither shows nor changes them. Keys not listed are ignored.
 */
export const instanceConfigSchema = z.object({
  images: z.object({
    worker: onOff('Process image jobs in this instance. Turn it off on instances that only serve requests; at least one instance must keep it on.'),
    pollIntervalMs: integer(50, 60_000, 'How often an idle image worker looks for queued jobs, in milliseconds.'),
    concurrency: integer(1, 16, 'Images processed at once by this instance. 1 leaves a core for requests; 2 nearly doubles backfill speed on 2 cores.'),
    avifEffort: integer(0, 9, "AVIF encoder effort. 3 is 3.5x faster than sharp's default 4 for about 12 % more bytes; 0..2 save no bytes over 0."),
    maxAttempts: integer(1, 20, 'A job failing this often stays failed until retried from the Images view.'),
    leaseSeconds: integer(10, 86_400, 'A running job whose instance stopped is taken back after this many seconds.'),
  }),
  preview: z.object({
    secret: z
      .string({ error: 'must be empty or a string of at least 16 characters' })
      .refine((secret) => secret === '' || secret.length >= 16, 'must be empty or a string of at least 16 characters')
      .describe(
        'Shared with the admin\'s Preview handler and the frontend: a request carrying it in the `x-film-reviews-preview-secret` header may read drafts (`status=draft`). Empty: only API tokens may. At least 16 characters.'
      ),
  }),
  retention: z.object({
    clientDataDays: integer(1, 3650, 'Comments older than this many days lose their client address hash and user agent.'),
    sweepIntervalMinutes: integer(1, 1440, 'How often each instance clears old client data and removes ended rate-limit windows.'),
  }),
  notifications: z.object({
    worker: onOff('Send the outbox (emails, webhook events) from this instance. At least one instance must keep it on.'),
    pollIntervalMs: integer(50, 60_000, 'How often an idle outbox worker looks for messages, in milliseconds.'),
    maxAttempts: integer(1, 20, 'A message failing this often stays failed (shown in the moderation view).'),
    retrySeconds: integer(1, 3600, 'First retry delay of a failed message; each further one doubles, up to an hour.'),
    leaseSeconds: integer(10, 3600, 'A message being sent by a stopped instance is taken back after this many seconds.'),
  }),
  shutdown: z.object({
    graceSeconds: integer(0, 300, "On SIGTERM, how long this instance keeps answering the requests it already took before Strapi closes their connections. Keep it under your platform's kill timeout (Kubernetes: 30 s)."),
  }),
});

/** config/plugins.ts: the settings' defaults plus what each instance runs (workers, retention, preview, shutdown). */
export type PluginConfig = Settings & z.infer<typeof instanceConfigSchema>;

export const PLUGIN_CONFIG_DEFAULTS: PluginConfig = {
  ...SETTINGS_DEFAULTS,
  images: { worker: true, pollIntervalMs: 1000, concurrency: 1, avifEffort: 3, maxAttempts: 5, leaseSeconds: 600 },
  preview: { secret: '' },
  retention: { clientDataDays: 90, sweepIntervalMinutes: 60 },
  notifications: { worker: true, pollIntervalMs: 1000, maxAttempts: 8, retrySeconds: 30, leaseSeconds: 120 },
  shutdown: { graceSeconds: 20 },
};

const ARRAY_KEYS = ['imageWidths', 'imageFormats', 'moderationWords', 'disallowedWords', 'digestRecipients'] as const;

/**
 * Strapi merges a plugin's default config into the app's with lodash `defaultsDeep`, which pads
 * a shorter array from the app with the default's tail ([320] becomes [320, 960, 1600]). So the
 * defaults registered with Strapi leave the arrays out, and this fills them in on every read.
 */
export const REGISTERED_DEFAULTS = Object.fromEntries(
  Object.entries(PLUGIN_CONFIG_DEFAULTS).filter(([key]) => !(ARRAY_KEYS as readonly string[]).includes(key))
);

export const resolvePluginConfig = (raw: Partial<PluginConfig> | undefined): PluginConfig => ({
  ...PLUGIN_CONFIG_DEFAULTS,
  ...raw,
  ...Object.fromEntries(ARRAY_KEYS.map((key) => [key, raw?.[key] ?? PLUGIN_CONFIG_DEFAULTS[key]])),
  rateLimit: { ...PLUGIN_CONFIG_DEFAULTS.rateLimit, ...raw?.rateLimit },
  images: { ...PLUGIN_CONFIG_DEFAULTS.images, ...raw?.images },
  preview: { ...PLUGIN_CONFIG_DEFAULTS.preview, ...raw?.preview },
  retention: { ...PLUGIN_CONFIG_DEFAULTS.retention, ...raw?.retention },
  notifications: { ...PLUGIN_CONFIG_DEFAULTS.notifications, ...raw?.notifications },
  shutdown: { ...PLUGIN_CONFIG_DEFAULTS.shutdown, ...raw?.shutdown },
});

/** Called by Strapi at start: a bad config stops Strapi with this message. */
export const validatePluginConfig = (raw: Partial<PluginConfig>) => {
  const { images, retention, notifications, preview, shutdown, ...settings } = resolvePluginConfig(raw);
  const problems = [settingsSchema.safeParse(settings), instanceConfigSchema.safeParse({ images, retention, notifications, preview, shutdown })].flatMap((parsed) =>
    parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`)
  );
  if (problems.length > 0) {
    throw new Error(`Invalid config for plugin film-reviews: ${problems.join('; ')}`);
  }
};

/** The plugin's config as the app set it, with defaults filled in. */
export const pluginConfig = (strapi: { config: { get(path: string): unknown } }) =>
  resolvePluginConfig(strapi.config.get('plugin::film-reviews') as Partial<PluginConfig>);
