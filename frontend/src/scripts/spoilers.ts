/** Spoilers revealed in place: the first HTML holds none; one click fetches the page with spoilers=show. */

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
