/** Leave a Reply sent with fetch, errors shown at their fields; Reply links fill the form instead of reloading the page. */
// The widget element's type only: the widget's script comes with the form's widget, when there is one.
import type {} from 'altcha';
import { postForm } from './post-form';
import { refreshComments } from './thread';

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

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  // The proof of work, when the page has it: solved before the post (if focusing the form has not already), spent by it.
  const proof = form.querySelector('altcha-widget');
  try {
    if (proof && proof.getState() !== 'verified') await proof.verify();
    const result = await postForm<any>(form);
    if (!result) return;
    showResult(result);
    if (result.ok) {
      form.reset();
      setReplyTo(null);
      // An approved comment shows at once, with its Edit and Delete controls.
      if (result.moderationStatus === 'approved') await refreshComments();
    }
  } finally {
    proof?.reset();
    button.disabled = false;
  }
});

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
