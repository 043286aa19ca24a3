import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { documentIdParam, parseInput } from '../validation';
import { reportSubmission } from './report-input';
import { posterOf, requireJson, withRetryAfter } from '../http/request';
import type { ReportResponse } from '../client-types';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => strapi.plugin(PLUGIN_ID).service('reports');
  return {
    async create(ctx: any) {
      requireJson(ctx, 'A report');
      const { data } = parseInput(reportSubmission, ctx.request.body, 'body');
      const result: ReportResponse = await withRetryAfter(ctx, () => reports().report(parseInput(documentIdParam, ctx.params.documentId, 'documentId'), data.reason, posterOf(ctx)));
      ctx.status = result.data.counted ? 201 : 200;
      ctx.body = result;
    },
    async dismiss(ctx: any) {
      ctx.body = await reports().dismiss(parseInput(documentIdParam, ctx.params.id, 'id'));
    },
  };
};
