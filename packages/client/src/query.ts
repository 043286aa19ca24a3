/**
 * Strapi parses query strings with qs, so nested parameters travel in bracket form:
 * `{ filters: { film: { releaseYear: { $gte: 2000 } } } }` -> `filters[film][releaseYear][$gte]=2000`,
 * arrays by index (`sort[0]=rating:desc`). undefined and null are left out.
 */
const append = (params: URLSearchParams, key: string, value: unknown): void => {
  if (value === undefined || value === null) return;
  if (value instanceof Date) params.append(key, value.toISOString());
  else if (typeof value === 'object') for (const [name, inner] of Object.entries(value)) append(params, `${key}[${name}]`, inner);
  else params.append(key, String(value));
};

/** `?…` for the given parameters, or '' when there are none. */
export const toQuery = (values: object): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) append(params, key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
};
