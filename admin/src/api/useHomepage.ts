import type { ListRecentReviews } from '../../../shared/contracts/homepage';
import { PLUGIN_ID } from '../pluginId';
import { useAdminQuery } from './useAdminQuery';

export const useRecentReviews = () => useAdminQuery<ListRecentReviews.Response>(`/${PLUGIN_ID}/homepage/recent-reviews`);
