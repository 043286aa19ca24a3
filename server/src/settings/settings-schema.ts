import * as z from 'zod';
import { IMAGE_FORMATS, type Settings } from '../../../shared/contracts/settings';
import { plainText } from '../validation';

export type { Settings };

const words = z.array(plainText(z.string().trim().min(1).max(100))).max(500);

/** Where a reader reads a comment, e.g. `https://example.com/reviews/{slug}#comment-{documentId}`. */
const commentUrlPattern = plainText(z.string().trim().max(500))
  .refine((value) => /^https?:\/\/[^\s]+$/.test(value), 'must be an http or https URL')
  .refine((value) => value.includes('{slug}'), 'must contain {slug}');

/** The settings editors change in the admin; defaults come from config/plugins. The shape is checked against the shared type, key for key. */
export const settingsSchema = z
  .object({
    requireApproval: z.boolean().describe("Hold every comment for a moderator, returning readers' too."),
    holdFirstTimeCommenters: z.boolean().describe('Hold a comment whose email has no approved comment yet. Off: such comments are approved unless another rule holds them.'),
    maxLinks: z
      .number()
      .int()
      .min(0)
      .max(50)
      .describe('A comment whose text holds this many links or more is held for a moderator. 0 turns the rule off.'),
    moderationWords: words.describe('A comment whose name, text or website holds one of these words is held. Matching ignores case, accents, repeated letters and leetspeak.'),
    disallowedWords: words.describe('A comment holding one of these words is stored as spam (and answered like a pending one). Matched like `moderationWords`.'),
    floodIntervalSeconds: z.number().int().min(0).max(86_400).describe('Seconds one email must wait between two comments (429 with `Retry-After`). 0 turns it off.'),
    rateLimit: z
      .object({
        max: z.number().int().min(1).max(10_000).describe('Comment posts one client address may send per window; reader reports have a counter of their own with the same numbers.'),
        windowSeconds: z.number().int().min(1).max(86_400).describe('The length of that window, in seconds.'),
      })
      .strict(),
    maxThreadDepth: z.number().int().min(1).max(20).describe('Replies deeper than this are shown under their deepest allowed ancestor.'),
    spoilerPlaceholder: plainText(z.string().max(100)).describe('Replaces each `||inline spoiler||` of a review body read with `spoilers=hide`.'),
    imageWidths: z.array(z.number().int().min(16).max(8192)).min(1).max(8).describe('Widths of the image variants, in pixels; an image is never upscaled. Applies to jobs processed from then on.'),
    imageFormats: z.array(z.enum(IMAGE_FORMATS)).min(1).describe('Formats of the image variants.'),
    replyNotifications: z.boolean().describe('Readers who post with `notifyReplies: true` are emailed when an approved reply to their comment appears. Off: `notifyReplies` is ignored and no reply email is queued.'),
    commentUrlPattern: z
      .union([z.literal(''), commentUrlPattern])
      .describe('The link in reply emails, e.g. `https://example.com/reviews/{slug}#comment-{documentId}`; must contain `{slug}`. Empty: the email has no link.'),
    moderatorDigest: z.boolean().describe('Email moderators when comments wait for moderation, through the app\'s email provider.'),
    digestIntervalMinutes: z.number().int().min(1).max(10_080).describe('At most one digest per this many minutes.'),
    digestRecipients: z
      .array(z.string().trim().max(254).pipe(z.email()))
      .max(50)
      .describe('The email addresses that get the digest. Empty: every active admin allowed to moderate comments.'),
    moderationLinkDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .describe("Days the approve, spam and reject links in a digest keep working. Each acts once, only for the admin it was sent to, and only while that admin may moderate comments."),
    reportThreshold: z.number().int().min(1).max(1000).describe('Open reader reports that send an approved comment back to pending.'),
    spoilerReportsMark: z.boolean().describe('When every open report of a comment says "spoiler", mark it `containsSpoilers` instead of holding it.'),
    requireProofOfWork: z
      .boolean()
      .describe('A guest comment must carry `altcha`, a solved challenge of `GET /challenge`. Signed-in readers are exempt; a frontend with an API token that sends none gets its comment held.'),
    editWindowMinutes: z
      .number()
      .int()
      .min(0)
      .max(1440)
      .describe("Minutes after posting in which a reader may edit or delete their comment (with the POST's `editToken`, or signed in as its author). 0 turns editing off."),
  } satisfies { [Key in keyof Settings]: z.ZodType<Settings[Key]> })
  .strict();

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
  moderationLinkDays: 7,
  reportThreshold: 3,
  spoilerReportsMark: true,
  requireProofOfWork: false,
  editWindowMinutes: 10,
};
