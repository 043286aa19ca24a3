import { Marked, type TokenizerAndRendererExtension } from 'marked';

/** The plugin's default `spoilerPlaceholder`; set SPOILER_PLACEHOLDER when the Strapi settings change it. */
const PLACEHOLDER = process.env.SPOILER_PLACEHOLDER || '[spoiler]';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * With spoilers hidden, Strapi has already replaced each span by the placeholder: the first HTML
 * never holds the text. Each placeholder becomes a link to the revealed page (works without
 * JavaScript); the page script fetches that page instead and reveals the one clicked.
 */
const hiddenSpan = (counter: { n: number }, revealHref: string): TokenizerAndRendererExtension => ({
  name: 'hiddenSpoiler',
  level: 'inline',
  start: (src) => {
    const index = src.indexOf(PLACEHOLDER);
    return index < 0 ? undefined : index;
  },
  tokenizer: (src) => (src.startsWith(PLACEHOLDER) ? { type: 'hiddenSpoiler', raw: PLACEHOLDER } : undefined),
  renderer: () => {
    const key = `body-${counter.n++}`;
    return `<a class="spoiler-hidden" id="${key}" href="${revealHref}#${key}" data-reveal="${key}">Spoiler hidden — show it</a>`;
  },
});

/** With spoilers shown, each ||span|| is marked so the page can blur it until clicked. */
const shownSpan = (counter: { n: number }): TokenizerAndRendererExtension => ({
  name: 'shownSpoiler',
  level: 'inline',
  start: (src) => {
    const index = src.indexOf('||');
    return index < 0 ? undefined : index;
  },
  tokenizer(src) {
    const match = /^\|\|(?!\|)([\s\S]+?)\|\|/.exec(src);
    if (!match) return undefined;
    return { type: 'shownSpoiler', raw: match[0], tokens: this.lexer.inlineTokens(match[1]) };
  },
  renderer(token) {
    const key = `body-${counter.n++}`;
    return `<span class="spoiler" id="${key}" data-spoiler="${key}" tabindex="0">${this.parser.parseInline(token.tokens ?? [])}</span>`;
  },
});

/** The review's Markdown as HTML (written by editors, so trusted; readers never write Markdown here). */
export const renderBody = (markdown: string, { spoilers, revealHref }: { spoilers: 'hide' | 'show'; revealHref: string }) => {
  const counter = { n: 0 };
  const marked = new Marked({ gfm: true, async: false });
  marked.use({ extensions: [spoilers === 'hide' ? hiddenSpan(counter, escapeHtml(revealHref)) : shownSpan(counter)] });
  return marked.parse(markdown) as string;
};
