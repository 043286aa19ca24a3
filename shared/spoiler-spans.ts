/**
 * Inline spoilers are written `||like this||` and may span lines. `\|\|` is a literal pair of
 * pipes, code (fenced blocks and inline `code`) is left alone, and a delimiter without a
 * partner is kept as text: an editor's typo never breaks a page.
 */

/** [start, end) offsets of every spoiler span, delimiters included. */
export const findSpoilerSpans = (source: string): Array<[number, number]> => {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let i = 0;
  const atLineStart = (at: number) => at === 0 || source[at - 1] === '\n';
  while (i < source.length) {
    const fence = atLineStart(i) ? /^ {0,3}(`{3,}|~{3,})/.exec(source.slice(i, i + 16)) : null;
    if (fence) {
      // A fenced block ends a span that is still open: spans never reach into code.
      open = -1;
      const marker = fence[1];
      const close = source.indexOf(`\n${marker}`, i + fence[0].length);
      if (close === -1) break;
      const lineEnd = source.indexOf('\n', close + 1 + marker.length);
      i = lineEnd === -1 ? source.length : lineEnd + 1;
      continue;
    }
    const char = source[i];
    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '`') {
      let run = 1;
      while (source[i + run] === '`') run += 1;
      const ticks = '`'.repeat(run);
      let close = source.indexOf(ticks, i + run);
      while (close !== -1 && source[close + run] === '`') close = source.indexOf(ticks, close + run + 1);
      i = close === -1 ? i + run : close + run;
      continue;
    }
    if (char === '|' && source[i + 1] === '|') {
      if (open === -1) {
        open = i;
      } else if (i === open + 2) {
        open = -1; // "||||" hides nothing
      } else {
        spans.push([open, i + 2]);
        open = -1;
      }
      i += 2;
      continue;
    }
    i += 1;
  }
  return spans;
};

export const countSpoilerSpans = (source: string | null | undefined) => (source ? findSpoilerSpans(source).length : 0);
