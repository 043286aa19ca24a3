/** Formats the image pipeline can write. */
export const IMAGE_FORMATS = ['avif', 'webp'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/**
 * The settings editors change in the admin. The server's schema is written against this type
 * (its shape must match key for key), and holds the limits and the descriptions.
 */
export interface Settings {
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
  imageFormats: ImageFormat[];
  replyNotifications: boolean;
  commentUrlPattern: string;
  moderatorDigest: boolean;
  digestIntervalMinutes: number;
  digestRecipients: string[];
  moderationLinkDays: number;
  reportThreshold: number;
  spoilerReportsMark: boolean;
  requireProofOfWork: boolean;
  editWindowMinutes: number;
}

/** GET /settings */
export declare namespace GetSettings {
  interface Response {
    data: Settings;
  }
}

/** PUT /settings: any subset; a 400 lists every invalid field in `error.details.errors`. */
export declare namespace UpdateSettings {
  interface Body {
    data: Partial<Settings>;
  }
  interface Response {
    data: Settings;
  }
}
