import { isProblem, type Problem } from './problem';

/** A failed call: `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, message: string, problem?: Problem) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get serverDown(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A body sent as it is with its own content type instead of JSON (a CSV upload). */
  rawBody?: { content: string; contentType: string };
  /** A 401 is this call's answer (sign-in) rather than an expired session. */
  allowUnauthorized?: boolean;
  /** Extra request headers, e.g. `If-Match`. */
  headers?: Record<string, string>;
}

export interface HttpResult<T> {
  data: T;
  headers: Headers;
}

export interface HttpDeps {
  fetch: typeof fetch;
  /** Called once per 401 (session expired): send the user to the sign-in page and back afterwards. */
  onUnauthorized: () => void;
}

const serverDownMessage = 'The server cannot be reached. Check your connection and try again.';

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A JSON client over fetch that always sends the sign-in cookie. */
export function createHttp(deps: HttpDeps) {
  async function request<T>(url: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.rawBody) headers['Content-Type'] = options.rawBody.contentType;
    const sent = options.rawBody ? options.rawBody.content : options.body !== undefined ? JSON.stringify(options.body) : undefined;
    let response: Response;
    try {
      response = await deps.fetch(url, {
        method: options.method ?? 'GET',
        credentials: 'include',
        headers,
        ...(sent !== undefined ? { body: sent } : {}),
      });
    } catch {
      throw new ApiError(0, serverDownMessage);
    }
    const body = await readBody(response);
    if (response.ok) return { data: body as T, headers: response.headers };

    const problem = isProblem(body) ? body : undefined;
    if (response.status === 401 && !options.allowUnauthorized) {
      deps.onUnauthorized();
      throw new ApiError(401, 'Your sign-in has expired. Please sign in again.', problem);
    }
    const error = new ApiError(response.status, problem?.title ?? `${url} answered ${response.status}`, problem);
    if (error.serverDown) throw new ApiError(response.status, serverDownMessage, problem);
    throw error;
  }

  return {
    request,
    get: async <T>(url: string) => (await request<T>(url)).data,
  };
}

export type Http = ReturnType<typeof createHttp>;
