/** How the plugin's admin routes page a list. */
export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface Paginated<Item> {
  data: Item[];
  meta: { pagination: Pagination };
}
