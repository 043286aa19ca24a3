export interface JsonResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small JSON client: every test request goes over real HTTP to the booted Strapi. */
export const http = (baseUrl: string, token?: string, headers: Record<string, string> = {}) => {
  const request = async <T = any>(method: string, url: string, body?: unknown): Promise<JsonResponse<T>> => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
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

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent byte for byte: malformed JSON, invalid UTF-8, oversized bodies. */
  body?: string | Uint8Array<ArrayBuffer>;
}

/** One request exactly as given, for what the JSON client cannot send; the answer's text is parsed when it is JSON. */
export const rawRequest = async (baseUrl: string, request: RawRequest): Promise<JsonResponse & { text: string }> => {
  const response = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text, headers: response.headers };
};
