import { PLUGIN_ID } from '../../shared/plugin-id';

export { PLUGIN_ID };
export const FILM_REVIEW_UID = `plugin::${PLUGIN_ID}.film-review` as const;
export const READER_COMMENT_UID = `plugin::${PLUGIN_ID}.reader-comment` as const;
export const IMAGE_JOB_UID = `plugin::${PLUGIN_ID}.image-job` as const;
export const COMMENT_LIMIT_UID = `plugin::${PLUGIN_ID}.comment-limit` as const;
export const COMMENT_THREAD_UID = `plugin::${PLUGIN_ID}.comment-thread` as const;
export const IMPORT_KEY_UID = `plugin::${PLUGIN_ID}.import-key` as const;
export const IMPORT_RUN_UID = `plugin::${PLUGIN_ID}.import-run` as const;
export const OUTBOX_UID = `plugin::${PLUGIN_ID}.outbox-message` as const;
export const COMMENT_REPORT_UID = `plugin::${PLUGIN_ID}.comment-report` as const;
export const READER_LIKE_UID = `plugin::${PLUGIN_ID}.reader-like` as const;
export const READER_BLOCK_UID = `plugin::${PLUGIN_ID}.reader-block` as const;
export const MODERATION_EVENT_UID = `plugin::${PLUGIN_ID}.moderation-event` as const;
export const PROOF_OF_WORK_SOLUTION_UID = `plugin::${PLUGIN_ID}.proof-of-work-solution` as const;
