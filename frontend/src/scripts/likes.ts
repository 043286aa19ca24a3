/** Like buttons: the count and aria-pressed change in place; the server remembers the like in the reader's cookie. */
import { likesText } from '../lib/likes-text';
import { noticeOf, postForm } from './post-form';

type LikeAnswer = { ok: true; likes: number; liked: boolean } | { ok: false; message: string };

document.addEventListener('submit', async (event) => {
  const form = (event.target as Element).closest<HTMLFormElement>('form[data-like-form]');
  if (!form) return;
  event.preventDefault();
  const button = form.querySelector<HTMLButtonElement>('button')!;
  const notice = noticeOf(form);
  button.disabled = true;
  try {
    const answer = await postForm<LikeAnswer>(form);
    if (!answer) return;
    if (notice) notice.textContent = answer.ok ? '' : answer.message;
    if (!answer.ok) return;
    button.setAttribute('aria-pressed', String(answer.liked));
    form.querySelector<HTMLInputElement>('[data-like-next]')!.value = answer.liked ? 'off' : 'on';
    form.querySelector('[data-like-count]')!.textContent = likesText(answer.likes);
  } finally {
    button.disabled = false;
  }
});
