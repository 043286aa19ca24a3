import * as linkify from 'linkifyjs';

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Escaped text with links (rel="nofollow ugc noopener") and line breaks; never the reader's HTML. */
const linkified = (text: string) => {
  let html = '';
  let last = 0;
  for (const link of linkify.find(text)) {
    if (link.type !== 'url') continue;
    html += escapeHtml(text.slice(last, link.start));
    html += `<a href="${escapeHtml(link.href)}" rel="nofollow ugc noopener">${escapeHtml(link.value)}</a>`;
    last = link.end;
  }
  return (html + escapeHtml(text.slice(last))).replace(/\n/g, '<br>');
};

/** Paragraphs at blank lines. */
export const commentHtml = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${linkified(paragraph)}</p>`)
    .join('');
