import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { noInput, parseInput } from '../../validation';
import { getService } from '../../get-service';
import type { HttpContext } from '../../http/context';

/** HTTP in, service calls out. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = () => getService(strapi, 'image-jobs');
  return {
    async status(ctx: HttpContext) {
      parseInput(noInput, ctx.query, 'query');
      const [counts, failed] = await Promise.all([jobs().counts(), jobs().failedJobs()]);
      ctx.body = { data: { counts, failed } };
    },
    async backfill(ctx: HttpContext) {
      parseInput(noInput, ctx.request.body, 'body');
      const queued = await jobs().backfill();
      getService(strapi, 'image-worker').wake();
      ctx.body = { data: { queued } };
    },
    async retry(ctx: HttpContext) {
      const id = Number(ctx.params.id);
      if (!Number.isInteger(id) || id <= 0) throw new errors.ValidationError('id must be a positive integer');
      if (!(await jobs().retry(id))) throw new errors.NotFoundError(`No failed image job ${id}`);
      getService(strapi, 'image-worker').wake();
      ctx.body = { data: { id, state: 'queued' } };
    },
  };
};
