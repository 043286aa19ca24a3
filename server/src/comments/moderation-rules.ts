import * as linkify from 'linkifyjs';
import type { ModerationStatus } from '../../../shared/contracts/moderation';
import type { Settings } from '../settings/settings-schema';
import { wordMatcher } from './word-filter';

export interface ModerationInput {
  content: string;
  authorName: string;
  authorUrl?: string | null;
  honeypot?: string;
  /** The email already has an approved comment. */
  returning: boolean;
  /** A moderator blocked the reader (their email or address). */
  blocked: boolean;
  /** A frontend's API token vouched for a reader whose browser solved no challenge (it ran no JavaScript). */
  unproven?: boolean;
}

export const countLinks = (text: string) => linkify.find(text).filter((link) => link.type === 'url').length;

/**
 * In order: a blocked reader, the honeypot or a disallowed word -> spam (stored, never dropped); no proof of work,
 * too many links or a moderation word -> pending; a returning commenter -> approved unless approval is required;
 * a first-time commenter -> pending when held, else approved.
 */
export const moderate = (input: ModerationInput, settings: Settings): { status: ModerationStatus; reason: string } => {
  const text = `${input.authorName}\n${input.content}\n${input.authorUrl ?? ''}`;
  if (input.blocked) return { status: 'spam', reason: 'blocked reader' };
  if (input.honeypot && input.honeypot.trim() !== '') return { status: 'spam', reason: 'honeypot' };
  if (wordMatcher(settings.disallowedWords)?.(text)) return { status: 'spam', reason: 'disallowed word' };
  if (input.unproven) return { status: 'pending', reason: 'no proof of work' };
  // `maxLinks` is the count that holds a comment (its published name, kept for the settings already saved).
  if (settings.maxLinks > 0 && countLinks(input.content) >= settings.maxLinks) return { status: 'pending', reason: 'links' };
  if (wordMatcher(settings.moderationWords)?.(text)) return { status: 'pending', reason: 'moderation word' };
  if (settings.requireApproval) return { status: 'pending', reason: 'approval required' };
  if (input.returning) return { status: 'approved', reason: 'returning commenter' };
  return settings.holdFirstTimeCommenters ? { status: 'pending', reason: 'first comment' } : { status: 'approved', reason: 'open' };
};
