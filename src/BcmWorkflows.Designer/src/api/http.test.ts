import { describe, expect, it, vi } from 'vitest';
import { ApiError, createHttp } from './http';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function setup(...responses: (Response | Error)[]) {
  const fetch = vi.fn<typeof globalThis.fetch>();
  for (const r of responses) {
    if (r instanceof Error) fetch.mockRejectedValueOnce(r);
    else fetch.mockResolvedValueOnce(r);
  }
  const onUnauthorized = vi.fn();
  return { http: createHttp({ fetch, onUnauthorized }), fetch, onUnauthorized };
}

describe('http client', () => {
  it('sends the cookie and JSON, and returns the body with the headers', async () => {
    const { http, fetch } = setup(json(200, [{ a: 1 }], { 'X-Total-Count': '7' }));
    const result = await http.request<unknown[]>('/api/x', { method: 'PUT', body: { b: 2 } });
    expect(result.data).toEqual([{ a: 1 }]);
    expect(result.headers.get('X-Total-Count')).toBe('7');
    const init = fetch.mock.calls[0]![1]!;
    expect(init.credentials).toBe('include');
    expect(init.method).toBe('PUT');
    expect(init.body).toBe('{"b":2}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('sends a raw body with its own content type (a CSV upload)', async () => {
    const { http, fetch } = setup(json(200, { created: 1 }));
    await http.request('/api/people/import', { method: 'POST', rawBody: { content: 'name\nAda', contentType: 'text/csv' } });
    const init = fetch.mock.calls[0]![1]!;
    expect(init.body).toBe('name\nAda');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('text/csv');
  });

  it('accepts an empty body (login, logout)', async () => {
    const { http } = setup(new Response(null, { status: 200 }));
    await expect(http.request('/api/auth/login', { method: 'POST' })).resolves.toMatchObject({ data: undefined });
  });

  it('on 401 sends the user to sign in once and throws, so the caller keeps its state', async () => {
    const { http, onUnauthorized } = setup(new Response(null, { status: 401 }));
    const error = await http.get('/api/workflow-definitions').catch((e: unknown) => e);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
  });

  it('does not redirect when the 401 is the answer (wrong password at sign-in)', async () => {
    const { http, onUnauthorized } = setup(json(401, { title: 'Unauthorized', status: 401, detail: 'Failed' }));
    const error = (await http.request('/api/auth/login', { method: 'POST', allowUnauthorized: true }).catch((e: unknown) => e)) as ApiError;
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(error.status).toBe(401);
    expect(error.problem?.detail).toBe('Failed');
  });

  it('does not redirect on 403', async () => {
    const { http, onUnauthorized } = setup(json(403, { title: 'Forbidden' }));
    await expect(http.get('/api/x')).rejects.toMatchObject({ status: 403, message: 'Forbidden' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('keeps the validation problems of a 400', async () => {
    const errors = { '$.root.activities[0].type': ['Unknown activity type.'] };
    const { http } = setup(json(400, { title: 'Invalid definition', status: 400, errors }));
    await expect(http.get('/api/x')).rejects.toMatchObject({ status: 400, problem: { errors } });
  });

  it('reports a server that cannot be reached (network error, proxy 502/504)', async () => {
    const { http } = setup(new TypeError('Failed to fetch'), new Response('Bad gateway', { status: 502 }));
    const first = (await http.get('/api/x').catch((e: unknown) => e)) as ApiError;
    const second = (await http.get('/api/x').catch((e: unknown) => e)) as ApiError;
    expect([first.status, first.serverDown]).toEqual([0, true]);
    expect([second.status, second.serverDown]).toEqual([502, true]);
    expect(second.message).toMatch(/cannot be reached/);
  });
});
