import type { HttpContext } from './context';

/**
 * If-None-Match by weak comparison (RFC 9110 13.1.2). Not koa's ctx.fresh: that one defers to a
 * request's `Cache-Control: no-cache`, which fetch() sends with every conditional request, and
 * an origin server answers the condition whatever the cache directives.
 */
const matchesETag = (header: string, etag: string) =>
  header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));

/** If-Modified-Since counts whole seconds, as HTTP dates do. */
const unmodifiedSince = (header: string, lastModified: Date) => {
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
};

export interface Validators {
  etag: string;
  lastModified?: Date | null;
  cacheControl: string;
}

/**
 * Sets the response's validators and answers 304 when the client's copy is current:
 * If-None-Match decides when sent, else If-Modified-Since (RFC 9110 13.2.2). True when answered.
 */
export const answerIfFresh = (ctx: HttpContext, { etag, lastModified, cacheControl }: Validators): boolean => {
  ctx.set('ETag', etag);
  if (lastModified) ctx.set('Last-Modified', lastModified.toUTCString());
  ctx.set('Cache-Control', cacheControl);
  const ifNoneMatch = ctx.get('if-none-match');
  const ifModifiedSince = ctx.get('if-modified-since');
  const fresh = ifNoneMatch ? matchesETag(ifNoneMatch, etag) : Boolean(lastModified && ifModifiedSince && unmodifiedSince(ifModifiedSince, lastModified));
  if (fresh) ctx.status = 304;
  return fresh;
};
