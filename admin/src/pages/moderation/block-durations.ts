/** How long a new block lasts, as the dialog offers it: days, or `lifted` for until a moderator lifts it. */
export const BLOCK_DURATIONS = ['lifted', '1', '7', '30'] as const;
export type BlockDuration = (typeof BLOCK_DURATIONS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The block's `expiresAt`: counted from the moment it is sent, so it is in the future when the server checks. */
export const expiryOf = (duration: BlockDuration, now = Date.now()) => (duration === 'lifted' ? null : new Date(now + Number(duration) * DAY_MS).toISOString());
