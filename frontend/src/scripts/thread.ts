/** The comment thread fetched again and swapped in: what a change of it looks like now, with the reader's own controls. */
export const refreshComments = async () => {
  const page = new DOMParser().parseFromString(await (await fetch(window.location.href)).text(), 'text/html');
  const next = page.querySelector('[data-spoiler-region="comments"]');
  if (next) document.querySelector('[data-spoiler-region="comments"]')?.replaceWith(document.importNode(next, true));
};

/** A sentence in the thread's status line (after a refresh, which replaces it). */
export const showThreadStatus = (message: string) => {
  const status = document.querySelector<HTMLElement>('[data-thread-status]');
  if (status) status.textContent = message;
};
