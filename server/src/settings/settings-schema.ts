import * as z from 'zod';
import { plainText } from '../validation';

const words = z.array(plainText(z.string().trim().min(1).max(100))).max(500);

/** Where a reader reads a comment, e.g. `https://example.com/reviews/{slug}#comment-{documentId}`. */
const commentUrlPattern = plainText(z.string().trim().max(500))
  .refine((value) => /^https?:\/\/[^\s]+$/.test(value), 'must be an http or https URL')
  .refine((value) => value.includes('{slug}'), 'must contain {slug}');

/** The settings editors change in the admin; defaults come from config/plugins. */
export const settingsSchema = z
  .object({
    requireApproval: z.boolean(),
    holdFirstTimeCommenters: z.boolean(),
    maxLinks: z.number().int().min(0).max(50),
    moderationWords: words,
    disallowedWords: words,
    floodIntervalSeconds: z.number().int().min(0).max(86_400),
    rateLimit: z.object({ max: z.number().int().min(1).max(10_000), windowSeconds: z.number().int().min(1).max(86_400) }).strict(),
    maxThreadDepth: z.number().int().min(1).max(20),
    spoilerPlaceholder: plainText(z.string().max(100)),
    imageWidths: z.array(z.number().int().min(16).max(8192)).min(1).max(8),
    imageFormats: z.array(z.enum(['avif', 'webp'])).min(1),
    replyNotifications: z.boolean(),
    commentUrlPattern: z.union([z.literal(''), commentUrlPattern]),
    moderatorDigest: z.boolean(),
    digestIntervalMinutes: z.number().int().min(1).max(10_080),
    digestRecipients: z.array(z.string().trim().max(254).pipe(z.email())).max(50),
    reportThreshold: z.number().int().min(1).max(1000),
    spoilerReportsMark: z.boolean(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_DEFAULTS: Settings = {
  requireApproval: false,
  holdFirstTimeCommenters: true,
  maxLinks: 2,
  moderationWords: [],
  disallowedWords: [],
  floodIntervalSeconds: 15,
  rateLimit: { max: 60, windowSeconds: 600 },
  maxThreadDepth: 5,
  spoilerPlaceholder: '[spoiler]',
  imageWidths: [480, 960, 1600],
  imageFormats: ['avif', 'webp'],
  replyNotifications: true,
  commentUrlPattern: '',
  moderatorDigest: true,
  digestIntervalMinutes: 30,
  digestRecipients: [],
  reportThreshold: 3,
  spoilerReportsMark: true,
};
