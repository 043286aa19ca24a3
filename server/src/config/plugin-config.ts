import { SETTINGS_DEFAULTS, settingsSchema, type Settings } from '../settings/settings-schema';

export type ImageFormat = Settings['imageFormats'][number];

/** config/plugins.ts: the settings' defaults plus what each instance runs (workers, retention, preview). */
export interface PluginConfig extends Settings {
  images: {
    /** Run the background worker in this instance (turn off on instances that only serve). */
    worker: boolean;
    /** How often an idle worker looks for queued jobs. */
    pollIntervalMs: number;
    /** Images processed at once by one instance: 1 leaves a core for requests (bench/: two at once is ~1.9x the throughput on 2 cores). */
    concurrency: number;
    /** AVIF encoder effort 0..9. 3 is the knee measured by bench/: 3.5x faster than sharp's default 4 for ~12% more bytes; 0..2 save no bytes over 0. */
    avifEffort: number;
    /** A job attempted this many times without success stays failed until retried by hand. */
    maxAttempts: number;
    /** A running job whose instance stopped is taken back after this long. */
    leaseSeconds: number;
  };
  preview: {
    /**
     * Shared with the admin's Preview handler and the frontend: a request carrying it in the
     * `x-film-reviews-preview-secret` header may read drafts (`status=draft`). Empty: only API
     * tokens may. At least 16 characters.
     */
    secret: string;
  };
  retention: {
    /** Comments older than this lose their client address hash and user agent. */
    clientDataDays: number;
    /** How often each instance removes expired limit counters and old client data. */
    sweepIntervalMinutes: number;
  };
  notifications: {
    /** Send the outbox (emails, webhook events) from this instance. */
    worker: boolean;
    /** How often an idle worker looks for messages to send. */
    pollIntervalMs: number;
    /** A message failing this often stays failed. */
    maxAttempts: number;
    /** First retry delay; each further one doubles, up to an hour. */
    retrySeconds: number;
    /** A message being sent by a stopped instance is taken back after this long. */
    leaseSeconds: number;
  };
}

export const PLUGIN_CONFIG_DEFAULTS: PluginConfig = {
  ...SETTINGS_DEFAULTS,
  images: { worker: true, pollIntervalMs: 1000, concurrency: 1, avifEffort: 3, maxAttempts: 5, leaseSeconds: 600 },
  preview: { secret: '' },
  retention: { clientDataDays: 90, sweepIntervalMinutes: 60 },
  notifications: { worker: true, pollIntervalMs: 1000, maxAttempts: 8, retrySeconds: 30, leaseSeconds: 120 },
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
});

const isIntIn = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Called by Strapi at start: a bad config stops Strapi with this message. */
export const validatePluginConfig = (raw: Partial<PluginConfig>) => {
  const { images, retention, notifications, preview, ...settings } = resolvePluginConfig(raw);
  const problems: string[] = [];
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`));
  }
  if (typeof images.worker !== 'boolean') problems.push('images.worker must be true or false');
  if (!isIntIn(images.pollIntervalMs, 50, 60_000)) problems.push('images.pollIntervalMs must be an integer between 50 and 60000');
  if (!isIntIn(images.concurrency, 1, 16)) problems.push('images.concurrency must be an integer between 1 and 16');
  if (!isIntIn(images.avifEffort, 0, 9)) problems.push('images.avifEffort must be an integer between 0 and 9');
  if (!isIntIn(images.maxAttempts, 1, 20)) problems.push('images.maxAttempts must be an integer between 1 and 20');
  if (!isIntIn(images.leaseSeconds, 10, 86_400)) problems.push('images.leaseSeconds must be an integer between 10 and 86400');
  if (!isIntIn(retention.clientDataDays, 1, 3650)) problems.push('retention.clientDataDays must be an integer between 1 and 3650');
  if (!isIntIn(retention.sweepIntervalMinutes, 1, 1440)) problems.push('retention.sweepIntervalMinutes must be an integer between 1 and 1440');
  if (typeof notifications.worker !== 'boolean') problems.push('notifications.worker must be true or false');
  if (!isIntIn(notifications.pollIntervalMs, 50, 60_000)) problems.push('notifications.pollIntervalMs must be an integer between 50 and 60000');
  if (!isIntIn(notifications.maxAttempts, 1, 20)) problems.push('notifications.maxAttempts must be an integer between 1 and 20');
  if (!isIntIn(notifications.retrySeconds, 1, 3600)) problems.push('notifications.retrySeconds must be an integer between 1 and 3600');
  if (!isIntIn(notifications.leaseSeconds, 10, 3600)) problems.push('notifications.leaseSeconds must be an integer between 10 and 3600');
  if (typeof preview.secret !== 'string' || (preview.secret !== '' && preview.secret.length < 16)) {
    problems.push('preview.secret must be empty or a string of at least 16 characters');
  }
  if (problems.length > 0) {
    throw new Error(`Invalid config for plugin film-reviews: ${problems.join('; ')}`);
  }
};

/** The plugin's config as the app set it, with defaults filled in. */
export const pluginConfig = (strapi: { config: { get(path: string): unknown } }) =>
  resolvePluginConfig(strapi.config.get('plugin::film-reviews') as Partial<PluginConfig>);
