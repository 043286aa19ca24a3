import type { AstroCookieSetOptions } from 'astro';

/**
 * The site's own cookies about one reader (their key, their likes, their comments' edit tokens):
 * only this server reads them, so scripts never see them, and cross-site posts never send them.
 */
export const readerCookie = (url: URL, maxAgeSeconds: number): AstroCookieSetOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: url.protocol === 'https:',
  maxAge: maxAgeSeconds,
});

export const ONE_YEAR = 365 * 24 * 60 * 60;

/** Whether the request carries this reader's likes or edit tokens: such a page is theirs alone, never for a shared cache. */
export const isPersonal = (request: Request) => /(?:^|;\s*)(?:liked|edit-[A-Za-z0-9]+)=/.test(request.headers.get('cookie') ?? '');
