// The parser is shared with the admin, so its side panel counts exactly what this hides.
import { findSpoilerSpans } from '../../../shared/spoiler-spans';

/** Replaces every span with the placeholder. */
export const hideSpoilers = (source: string, placeholder: string): { text: string; hidden: number } => {
  const spans = findSpoilerSpans(source);
  let text = '';
  let last = 0;
  for (const [start, end] of spans) {
    text += source.slice(last, start) + placeholder;
    last = end;
  }
  return { text: text + source.slice(last), hidden: spans.length };
};
