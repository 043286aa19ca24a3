/**
 * The review page, better with JavaScript: spoilers revealed in place, replies and comments sent
 * without leaving the page. Every link and form here also works without it.
 */

// ---- Spoilers: the first HTML holds none; one click fetches the page with spoilers=show. ----

let revealed: Promise<Document> | null = null;

const fetchRevealed = (href: string) =>
  (revealed ??= fetch(href, { headers: { accept: 'text/html' } })
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    })
    .then((html) => new DOMParser().parseFromString(html, 'text/html')));

/** Swaps each region (body, gallery, comments) for its revealed version; spoilers stay blurred until clicked. */
const swapRegions = (revealedPage: Document) => {
  for (const region of document.querySelectorAll<HTMLElement>('[data-spoiler-region]')) {
    const next = revealedPage.querySelector(`[data-spoiler-region="${region.dataset.spoilerRegion}"]`);
    if (next) region.replaceWith(document.importNode(next, true));
  }
  document.querySelector('.spoiler-switch')?.remove();
};

const reveal = (element: Element) => {
  element.classList.add('is-revealed');
  (element as HTMLElement).focus?.();
};

document.addEventListener('click', async (event) => {
  const target = event.target as Element;
  const trigger = target.closest<HTMLAnchorElement>('a[data-reveal]');
  if (trigger) {
    event.preventDefault();
    const key = trigger.dataset.reveal!;
    try {
      swapRegions(await fetchRevealed(trigger.href));
    } catch {
      window.location.href = trigger.href; // the page without the script's help
      return;
    }
    if (key === 'all') document.querySelectorAll('[data-spoiler]').forEach(reveal);
    else {
      const shown = document.querySelector(`[data-spoiler="${key}"]`) ?? document.getElementById(key);
      if (shown) reveal(shown);
    }
    return;
  }
  const spoiler = target.closest('[data-spoiler]');
  if (spoiler) reveal(spoiler);
});

document.addEventListener('keydown', (event) => {
  const spoiler = (event.target as Element).closest?.('[data-spoiler]');
  if (spoiler && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    reveal(spoiler);
  }
});

// ---- Leave a Reply: sent with fetch, errors shown at their fields. ----

const form = document.querySelector<HTMLFormElement>('[data-comment-form]');
const statusLine = form?.querySelector<HTMLElement>('[data-form-status]');

const showResult = (result: any) => {
  if (!form || !statusLine) return;
  for (const error of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const field = error.dataset.errorFor!;
    const input = form.elements.namedItem(field) as HTMLInputElement | null;
    const message = result.ok ? '' : (result.fieldErrors?.[field] ?? '');
    error.textContent = message;
    if (input) {
      if (message) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
      } else {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    }
  }
  statusLine.className = `form-status ${result.ok ? 'form-status-ok' : 'form-status-error'}`;
  statusLine.textContent = result.ok
    ? result.moderationStatus === 'pending'
      ? 'Your comment is awaiting moderation.'
      : 'Thank you! Your comment is published.'
    : result.message;
  const firstInvalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  (firstInvalid ?? statusLine).focus?.();
};

/** An approved comment shows at once: the thread is fetched again and swapped in. */
const refreshComments = async () => {
  const page = new DOMParser().parseFromString(await (await fetch(window.location.href)).text(), 'text/html');
  const next = page.querySelector('[data-spoiler-region="comments"]');
  if (next) document.querySelector('[data-spoiler-region="comments"]')?.replaceWith(document.importNode(next, true));
};

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { accept: 'application/json' } });
    const result = await response.json();
    showResult(result);
    if (result.ok) {
      form.reset();
      setReplyTo(null);
      if (result.moderationStatus === 'approved') await refreshComments();
    }
  } catch {
    form.submit(); // fall back to the plain POST
  } finally {
    button.disabled = false;
  }
});

// ---- Reply links fill the form's parent instead of reloading the page. ----

const setReplyTo = (reply: { id: string; name: string } | null) => {
  if (!form) return;
  (form.elements.namedItem('parent') as HTMLInputElement).value = reply?.id ?? '';
  document.querySelector('[data-reply-title]')!.textContent = reply ? `Reply to ${reply.name}` : 'Leave a Reply';
  (document.querySelector('[data-cancel-reply]') as HTMLElement).hidden = !reply;
  const content = form.elements.namedItem('content') as HTMLTextAreaElement;
  if (reply && !content.value.trim()) content.value = `@${reply.name} `;
};

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const reply = target.closest<HTMLAnchorElement>('a[data-reply]');
  const cancel = target.closest('a[data-cancel-reply]');
  if (!reply && !cancel) return;
  event.preventDefault();
  setReplyTo(reply ? { id: reply.dataset.reply!, name: reply.dataset.replyName! } : null);
  if (reply) {
    document.getElementById('respond')?.scrollIntoView();
    (form?.elements.namedItem('content') as HTMLTextAreaElement | null)?.focus();
  }
});
