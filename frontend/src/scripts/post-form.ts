/**
 * Posts a form as the page would, asking for JSON: the answer, or null after falling back to the
 * plain post (the network failed, or the server answered something else than JSON).
 */
export const postForm = async <T>(form: HTMLFormElement): Promise<T | null> => {
  try {
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { accept: 'application/json' } });
    return (await response.json()) as T;
  } catch {
    form.submit();
    return null;
  }
};

/** The message line of the comment (or the review) that a form belongs to. */
export const noticeOf = (form: Element) => form.closest('[data-actions]')?.querySelector<HTMLElement>('[data-notice]') ?? null;
