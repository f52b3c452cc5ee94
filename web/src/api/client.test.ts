import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, fieldErrors } from './client.ts';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeFetch(status: number, body?: unknown) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(url),
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const application = {
  name: '星城新材料有限公司',
  uscc: '91430100MA4L0000X1',
  type: 'enterprise' as const,
  regionCode: '430100',
  contact: { name: '王经理', phone: '13800000000', email: 'ip@example.com' },
};

describe('createApiClient', () => {
  it('sends the bearer token when signed in', async () => {
    // Prepare
    const { fetch, calls } = fakeFetch(200, {
      user: { id: 'u', email: 'e', name: 'n' },
      role: null,
      organisation: null,
    });
    const api = createApiClient({ getToken: () => 'tok-1', fetch });

    // Act
    await api.me();

    // Assess
    expect(calls[0]).toMatchObject({
      url: '/api/me',
      method: 'GET',
      headers: { Authorization: 'Bearer tok-1' },
    });
  });

  it('posts the credentials without an Authorization header when signed out', async () => {
    const { fetch, calls } = fakeFetch(200, { token: 't' });
    const api = createApiClient({ getToken: () => null, fetch });

    await expect(api.signIn('a@example.com', 'pw')).resolves.toEqual({ token: 't' });
    expect(calls[0]?.url).toBe('/api/auth/local/token');
    expect(calls[0]?.body).toEqual({ email: 'a@example.com', password: 'pw' });
    expect(calls[0]?.headers.Authorization).toBeUndefined();
  });

  it('sends an Idempotency-Key with an application', async () => {
    const { fetch, calls } = fakeFetch(201, { ...application, id: 'o1', status: 'pending' });
    const api = createApiClient({ getToken: () => 't', fetch });

    await api.applyOrg(application, 'key-123');

    expect(calls[0]).toMatchObject({ url: '/api/orgs', method: 'POST', body: application });
    expect(calls[0]?.headers['Idempotency-Key']).toBe('key-123');
  });

  it('generates an Idempotency-Key for approve when none is given', async () => {
    const { fetch, calls } = fakeFetch(200, {});
    const api = createApiClient({ getToken: () => 't', fetch });

    await api.approveOrg('org/1');

    expect(calls[0]?.url).toBe('/api/orgs/org%2F1/approve');
    expect(calls[0]?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('passes status and cursor as query parameters', async () => {
    const { fetch, calls } = fakeFetch(200, { items: [] });
    const api = createApiClient({ getToken: () => 't', fetch });

    await api.listOrgs('pending', 'abc');

    expect(calls[0]?.url).toBe('/api/orgs?status=pending&cursor=abc');
  });

  it('throws the server error with code, message and field details', async () => {
    // Prepare
    const { fetch } = fakeFetch(400, {
      error: {
        code: 'validation_failed',
        message: '统一社会信用代码校验位不正确 / USCC check digit is wrong',
        details: [{ path: 'uscc', message: '统一社会信用代码校验位不正确' }],
      },
    });
    const api = createApiClient({ getToken: () => 't', fetch });

    // Act
    const error = await api.applyOrg(application).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((error as ApiError).message).toContain('统一社会信用代码校验位不正确');
    expect(fieldErrors(error)).toEqual({ uscc: '统一社会信用代码校验位不正确' });
  });

  it('calls onUnauthorized on a 401 to a request that carried a token', async () => {
    const onUnauthorized = vi.fn();
    const { fetch } = fakeFetch(401, { error: { code: 'unauthorized', message: '请先登录' } });
    const api = createApiClient({ getToken: () => 'expired', fetch, onUnauthorized });

    await expect(api.me()).rejects.toMatchObject({ status: 401, message: '请先登录' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not treat a wrong password as an expired session', async () => {
    const onUnauthorized = vi.fn();
    const { fetch } = fakeFetch(401, { error: { code: 'invalid_credentials', message: '邮箱或密码错误' } });
    const api = createApiClient({ getToken: () => null, fetch, onUnauthorized });

    await expect(api.signIn('a@example.com', 'bad')).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('falls back to a generic message when the body is not the error shape', async () => {
    const { fetch } = fakeFetch(502, undefined);
    const api = createApiClient({ getToken: () => null, fetch, fallbackMessage: (s) => `失败 ${s}` });

    await expect(api.me()).rejects.toMatchObject({ status: 502, code: 'http_502', message: '失败 502' });
  });

  it('reports a network failure as status 0', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const api = createApiClient({ getToken: () => null, fetch });

    await expect(api.me()).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

describe('fieldErrors', () => {
  it('normalises JSON-pointer and body-prefixed paths and keeps the first message per field', () => {
    const error = new ApiError(400, 'validation_failed', 'x', [
      { path: '/contact/email', message: '邮箱格式不正确' },
      { path: 'body.regionCode', message: '行政区划代码应为 6 位数字' },
      { path: 'contact.email', message: 'second' },
    ]);
    expect(fieldErrors(error)).toEqual({
      'contact.email': '邮箱格式不正确',
      regionCode: '行政区划代码应为 6 位数字',
    });
  });

  it('is empty for anything but an ApiError', () => {
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
