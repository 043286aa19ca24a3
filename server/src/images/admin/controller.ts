import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../../uids';
import { noInput, parseInput } from '../../validation';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = () => strapi.plugin(PLUGIN_ID).service('image-jobs');
  return {
    async status(ctx: any) {
      parseInput(noInput, ctx.query, 'query');
      const [counts, failed] = await Promise.all([jobs().counts(), jobs().failedJobs()]);
      ctx.body = { data: { counts, failed } };
    },
    async backfill(ctx: any) {
      parseInput(noInput, ctx.request.body, 'body');
      const queued = await jobs().backfill();
      strapi.plugin(PLUGIN_ID).service('image-worker').wake();
      ctx.body = { data: { queued } };
    },
    async retry(ctx: any) {
      const id = Number(ctx.params.id);
      if (!Number.isInteger(id) || id <= 0) throw new errors.ValidationError('id must be a positive integer');
      if (!(await jobs().retry(id))) throw new errors.NotFoundError(`No failed image job ${id}`);
      strapi.plugin(PLUGIN_ID).service('image-worker').wake();
      ctx.body = { data: { id, state: 'queued' } };
    },
  };
};
