import type { z } from 'zod';
import type { reviewListQuery } from './query-schemas';

/** The output types are the client package's (see client-types.ts). */
export type { HiddenSpoilerImage, ImageObject, ReviewCard, ReviewDetailResponse, ReviewListResponse } from '../client-types';
export type ReviewListQuery = z.infer<typeof reviewListQuery>;
