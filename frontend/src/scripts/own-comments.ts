/**
 * The reader's own comments edited in place (the server's edit form, fetched and swapped in for
 * the text) and deleted after a confirmation; the thread is fetched again after either.
 */
import { noticeOf, postForm } from './post-form';
import { refreshComments, showThreadStatus } from './thread';

type Answer = { ok: true; message: string } | { ok: false; status: number; message: string; fieldError?: string };

/** The comment's text while its edit form stands in for it, for Cancel. */
const shownBeforeEdit = new Map<string, Element>();

const bodyOf = (documentId: string) => document.querySelector(`[data-comment-body="${documentId}"]`);

const openEditor = async (link: HTMLAnchorElement) => {
  const documentId = link.dataset.edit!;
  const page = new DOMParser().parseFromString(await (await fetch(link.href)).text(), 'text/html');
  const editor = page.querySelector(`[data-comment-body="${documentId}"]`);
  const body = bodyOf(documentId);
  if (!editor?.querySelector('[data-edit-form]') || !body) throw new Error('no edit form');
  shownBeforeEdit.set(documentId, body);
  const imported = document.importNode(editor, true);
  body.replaceWith(imported);
  link.hidden = true;
  imported.querySelector('textarea')?.focus();
};

const closeEditor = (documentId: string) => {
  const before = shownBeforeEdit.get(documentId);
  shownBeforeEdit.delete(documentId);
  if (before) bodyOf(documentId)?.replaceWith(before);
  const link = document.querySelector<HTMLAnchorElement>(`a[data-edit="${documentId}"]`);
  if (link) {
    link.hidden = false;
    link.focus();
  }
};

/** After a change: the thread as it is now, focus on the comment's Edit link (or the status line once it is gone). */
const showChanged = async (documentId: string, message: string) => {
  await refreshComments();
  showThreadStatus(message);
  (document.querySelector<HTMLElement>(`a[data-edit="${documentId}"]`) ?? document.querySelector<HTMLElement>('[data-thread-status]'))?.focus();
};

/** A refused token (403) or a comment that is gone (404) will not work again: the server forgot the token, and the controls go too. */
const dropControls = (documentId: string) => {
  document.querySelector(`a[data-edit="${documentId}"]`)?.remove();
  document.querySelector(`#comment-${documentId} > article form[data-delete-form]`)?.remove();
};

const showEditFailure = (form: HTMLFormElement, answer: Extract<Answer, { ok: false }>) => {
  const status = form.querySelector<HTMLElement>('[data-edit-status]')!;
  const error = form.querySelector<HTMLElement>('[data-edit-error]')!;
  const textarea = form.querySelector('textarea')!;
  status.textContent = answer.message;
  status.classList.add('form-status-error');
  error.textContent = answer.fieldError ?? '';
  if (answer.fieldError) {
    textarea.setAttribute('aria-invalid', 'true');
    textarea.setAttribute('aria-describedby', error.id);
    textarea.focus();
  } else {
    textarea.removeAttribute('aria-invalid');
    textarea.removeAttribute('aria-describedby');
  }
};

document.addEventListener('click', async (event) => {
  const target = event.target as Element;
  const edit = target.closest<HTMLAnchorElement>('a[data-edit]');
  const cancel = target.closest<HTMLAnchorElement>('[data-edit-form] a[data-edit-cancel]');
  if (cancel) {
    const documentId = cancel.closest<HTMLElement>('[data-edit-form]')!.dataset.editForm!;
    if (!shownBeforeEdit.has(documentId)) return; // opened without the script: the link reloads
    event.preventDefault();
    closeEditor(documentId);
    return;
  }
  if (!edit) return;
  event.preventDefault();
  try {
    await openEditor(edit);
  } catch {
    window.location.href = edit.href; // the edit page without the script's help
  }
});

document.addEventListener('submit', async (event) => {
  const form = event.target as HTMLFormElement;
  const isEdit = form.matches('form[data-edit-form]');
  if (!isEdit && !form.matches('form[data-delete-form]')) return;
  event.preventDefault();
  if (!isEdit && !window.confirm('Delete your comment? This cannot be undone.')) return;
  const documentId = (form.elements.namedItem('documentId') as HTMLInputElement).value;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  try {
    const answer = await postForm<Answer>(form);
    if (!answer) return;
    if (answer.ok) {
      shownBeforeEdit.delete(documentId);
      await showChanged(documentId, answer.message);
      return;
    }
    if (isEdit) showEditFailure(form, answer);
    else {
      const notice = noticeOf(form);
      if (notice) notice.textContent = answer.message;
    }
    if (answer.status === 403 || answer.status === 404) dropControls(documentId);
  } finally {
    button.disabled = false;
  }
});
