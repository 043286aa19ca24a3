import { decodeJson, storedTime } from '../database';
import type { EarlierVersion, ModeratedComment } from '../../../shared/contracts/moderation';

/** A comment row as the store's moderation reads answer it. */
export type ModerationRow = Record<string, any> & { documentId: string; parentDocumentId: string | null };

type Mapped = Pick<ModeratedComment, 'likes' | 'heldReason' | 'editedAt' | 'earlierVersions' | 'deletedAt'>;

/** Drivers answer a datetime as a Date, epoch milliseconds or text: moderators get ISO text. */
const isoOrNull = (value: unknown) => (value === null || value === undefined ? null : new Date(storedTime(value)).toISOString());

/** A store row as moderators see it: the stored like count becomes `likes`, times ISO text, versions a list. */
export const toModeratedComment = ({ likeCount, heldReason, editedAt, earlierVersions, deletedAt, ...row }: ModerationRow): ModerationRow & Mapped => ({
  ...row,
  likes: Number(likeCount ?? 0),
  heldReason: heldReason ?? null,
  editedAt: isoOrNull(editedAt),
  deletedAt: isoOrNull(deletedAt),
  earlierVersions: decodeJson<EarlierVersion[]>(earlierVersions) ?? [],
});
