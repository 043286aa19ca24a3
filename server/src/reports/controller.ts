import type { Core } from '@strapi/strapi';
import { documentIdParam, parseInput } from '../validation';
import { reportSubmission } from './report-input';
import { posterOf, requireJson, withRetryAfter } from '../http/request';
import type { ReportResponse } from '../client-types';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => getService(strapi, 'reports');
  return {
    async create(ctx: HttpContext) {
      requireJson(ctx, 'A report');
      const { data } = parseInput(reportSubmission, ctx.request.body, 'body');
      const result: ReportResponse = await withRetryAfter(ctx, () => reports().report(parseInput(documentIdParam, ctx.params.documentId, 'documentId'), data.reason, posterOf(ctx)));
      ctx.status = result.data.counted ? 201 : 200;
      ctx.body = result;
    },
    async dismiss(ctx: HttpContext) {
      ctx.body = await reports().dismiss(parseInput(documentIdParam, ctx.params.id, 'id'));
    },
  };
};
