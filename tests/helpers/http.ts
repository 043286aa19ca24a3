export interface JsonResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small JSON client: every test request goes over real HTTP to the booted Strapi. */
export const http = (baseUrl: string, token?: string) => {
  const request = async <T = any>(method: string, url: string, body?: unknown): Promise<JsonResponse<T>> => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  };
  return {
    get: <T = any>(url: string) => request<T>('GET', url),
    post: <T = any>(url: string, body?: unknown) => request<T>('POST', url, body),
    put: <T = any>(url: string, body?: unknown) => request<T>('PUT', url, body),
    del: <T = any>(url: string) => request<T>('DELETE', url),
  };
};

export type HttpClient = ReturnType<typeof http>;
