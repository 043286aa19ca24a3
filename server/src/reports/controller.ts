import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { documentIdParam, parseInput } from '../validation';
import { reportSubmission } from './report-input';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => getService(strapi, 'reports');
  return {
    async create(ctx: HttpContext) {
      // JSON only, as for comments: a form on another site cannot report from its visitors' browsers.
      if (!ctx.is('application/json')) {
        const message = 'A report must be sent as application/json';
        throw new errors.ValidationError(message, { errors: [{ path: [], message, name: 'ValidationError' }] });
      }
      const { data } = parseInput(reportSubmission, ctx.request.body, 'body');
      try {
        const result = await reports().report(parseInput(documentIdParam, ctx.params.documentId, 'documentId'), data.reason, { ip: ctx.request.ip });
        ctx.status = result.data.counted ? 201 : 200;
        ctx.body = result;
      } catch (error) {
        if (error instanceof errors.RateLimitError) ctx.set('Retry-After', String((error.details as { retryAfter: number }).retryAfter));
        throw error;
      }
    },
    async dismiss(ctx: HttpContext) {
      ctx.body = await reports().dismiss(parseInput(documentIdParam, ctx.params.id, 'id'));
    },
  };
};
