import type { z } from 'zod';
import type { reviewListQuery } from './query-schemas';

/** The output types are the client package's: what the service returns is checked against what frontends are promised. */
export type { HiddenSpoilerImage, ImageObject, ReviewCard, ReviewDetailResponse, ReviewListResponse } from '../../../packages/client/src/types';
export type ReviewListQuery = z.infer<typeof reviewListQuery>;
