import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, fieldErrors, filenameFromDisposition } from './client.ts';

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

describe('ledger requests', () => {
  it('deletes a patent with its version in the query', async () => {
    const { fetch, calls } = fakeFetch(204);
    const api = createApiClient({ getToken: () => 't', fetch });

    await api.patents.remove('201710601862.3', 4);

    expect(calls[0]).toMatchObject({ url: '/api/patents/201710601862.3?version=4', method: 'DELETE' });
  });

  /** An import job as the API shows it while it runs and once it is done or failed. */
  const jobView = (status: 'queued' | 'running' | 'done' | 'failed', processed: number, extra = {}) => ({
    jobId: 'job-1',
    ledger: 'patents',
    status,
    filename: '台账.csv',
    total: 2,
    processed,
    createdAt: '2026-12-07T08:00:00.000Z',
    updatedAt: '2026-12-07T08:00:01.000Z',
    ...extra,
  });

  it('uploads an import as multipart with an Idempotency-Key, follows its job and answers the report', async () => {
    // Prepare
    const sent: { url: string; init?: RequestInit }[] = [];
    const answers = [
      { status: 202, body: { jobId: 'job-1', status: 'queued', location: '/api/imports/job-1' } },
      { status: 200, body: jobView('running', 1) },
      {
        status: 200,
        body: jobView('done', 2, { result: { created: 1, updated: 0, unchanged: 0, errors: [] } }),
      },
    ];
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      sent.push({ url: String(url), init });
      const answer = answers.shift();
      if (!answer) throw new Error('polled after the job was done');
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as unknown as typeof globalThis.fetch;
    const api = createApiClient({ getToken: () => 't', fetch });
    const file = new File(['专利号\n201710601862.3'], '台账.csv', { type: 'text/csv' });
    const progress: string[] = [];

    // Act
    const result = await api.files.import('patents', file, 'import-key-1', (job) =>
      progress.push(`${job.status} ${job.processed}/${job.total}`),
    );

    // Assess
    const upload = sent[0]?.init;
    const headers = upload?.headers as Record<string, string>;
    expect(result.created).toBe(1);
    expect(progress).toEqual(['running 1/2', 'done 2/2']);
    expect(sent.map((call) => call.url)).toEqual([
      '/api/patents/import',
      '/api/imports/job-1',
      '/api/imports/job-1',
    ]);
    expect(headers['Idempotency-Key']).toBe('import-key-1');
    expect(headers['Content-Type']).toMatch(/^multipart\/form-data; boundary=/);
    const parsed = await new Response(upload?.body as Blob, {
      headers: { 'Content-Type': headers['Content-Type'] ?? '' },
    }).formData();
    expect((parsed.get('file') as File).name).toBe('台账.csv');
  });

  it('reports a failed import job with its reason', async () => {
    // Prepare
    const answers = [
      { status: 202, body: { jobId: 'job-1', status: 'queued', location: '/api/imports/job-1' } },
      {
        status: 200,
        body: jobView('failed', 1, {
          failure: { code: 'import_interrupted', message: '导入中断 / the import stopped' },
        }),
      },
    ];
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify(answers.shift()?.body), {
          status: answers.length === 1 ? 202 : 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    ) as unknown as typeof globalThis.fetch;
    const api = createApiClient({ getToken: () => 't', fetch });
    const file = new File(['专利号'], '台账.csv', { type: 'text/csv' });

    // Act + Assess
    await expect(api.files.import('patents', file)).rejects.toMatchObject({
      code: 'import_interrupted',
      message: expect.stringContaining('导入中断'),
    });
  });

  it('fetches a template as a file with the session and the server’s Chinese file name', async () => {
    // Prepare
    let headers: Record<string, string> = {};
    const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      headers = init?.headers as Record<string, string>;
      return new Response(new Uint8Array([0x50, 0x4b]), {
        status: 200,
        headers: {
          'Content-Disposition': `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent('专利台账导入模板.xlsx')}`,
        },
      });
    }) as unknown as typeof globalThis.fetch;
    const api = createApiClient({ getToken: () => 'tok', fetch });

    // Act
    const file = await api.files.template('patents');

    // Assess
    expect(headers.Authorization).toBe('Bearer tok');
    expect(file.filename).toBe('专利台账导入模板.xlsx');
    expect(file.blob.size).toBe(2);
  });

  it('reports a refused download as an ApiError', async () => {
    const { fetch } = fakeFetch(403, { error: { code: 'forbidden', message: '无权执行此操作' } });
    const api = createApiClient({ getToken: () => 't', fetch });

    await expect(api.files.export('needs')).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('sends a need transition with an Idempotency-Key', async () => {
    const { fetch, calls } = fakeFetch(200, {});
    const api = createApiClient({ getToken: () => 't', fetch });

    await api.needs.transition('N1', { action: 'close', version: 3, reason: '已解决' }, 'move-key-1');

    expect(calls[0]).toMatchObject({
      url: '/api/needs/N1/transitions',
      method: 'POST',
      body: { action: 'close', version: 3, reason: '已解决' },
    });
    expect(calls[0]?.headers['Idempotency-Key']).toBe('move-key-1');
  });

  it('lists needs with only the filters that are set', async () => {
    const { fetch, calls } = fakeFetch(200, { items: [] });
    const api = createApiClient({ getToken: () => 't', fetch });

    await api.needs.list({ status: 'open', q: ' 电池 ', industryChain: '' }, 'c1');

    expect(calls[0]?.url).toBe(`/api/needs?limit=50&status=open&q=${encodeURIComponent('电池')}&cursor=c1`);
  });
});

describe('filenameFromDisposition', () => {
  it('prefers the UTF-8 name', () => {
    expect(
      filenameFromDisposition(`attachment; filename="a.xlsx"; filename*=UTF-8''%E5%8F%B0%E8%B4%A6.xlsx`),
    ).toBe('台账.xlsx');
  });

  it('falls back to the plain name, and to nothing', () => {
    expect(filenameFromDisposition('attachment; filename="ledger.xlsx"')).toBe('ledger.xlsx');
    expect(filenameFromDisposition('attachment; filename=ledger.xlsx')).toBe('ledger.xlsx');
    expect(filenameFromDisposition(null)).toBeNull();
    expect(filenameFromDisposition('attachment')).toBeNull();
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

  it('skips details that name no field, such as the guards a refused declaration lists', () => {
    // Prepare: a 422 declaration_not_allowed lists findings { code, field, message, title }
    const finding = {
      code: 'period_too_short',
      field: 'period.end',
      message: '许可期限至少一年',
      title: '许可期限不足一年',
    };
    const error = new ApiError(422, 'declaration_not_allowed', 'x', [
      finding as unknown as { path: string; message: string },
      { path: 'scope', message: '请填写实施范围' },
    ]);

    // Act + Assess
    expect(fieldErrors(error)).toEqual({ scope: '请填写实施范围' });
  });
});
