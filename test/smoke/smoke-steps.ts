/**
 * The smoke test's steps against a running site (a deployed stack's CloudFront URL or the local stack):
 * what a first visitor and a signed-in organisation reach first. Plain `fetch`, no browser, no import of
 * the server code, so it tests the site as deployed. Each step answers a one-line detail or throws.
 */

export interface SmokeOptions {
  /** The site's root, e.g. https://d111.cloudfront.net or http://127.0.0.1:3000. */
  url: string;
  email?: string;
  password?: string;
  /** An ID token from Cognito (deployed stacks have no local sign-in route). */
  token?: string;
  /** The catalogue search's keywords. */
  query: string;
  /** Per request. */
  timeoutMs: number;
}

export interface SmokeResult {
  step: string;
  ok: boolean;
  ms: number;
  detail: string;
  skipped?: boolean;
}

class SmokeFailure extends Error {}

const fail = (message: string): never => {
  throw new SmokeFailure(message);
};

interface Answer {
  status: number;
  body: unknown;
  text: string;
  contentType: string;
}

const call = async (
  options: SmokeOptions,
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<Answer> => {
  const url = new URL(path, options.url.endsWith('/') ? options.url : `${options.url}/`);
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json, text/html',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return fail(`${init.method ?? 'GET'} ${url.pathname}: no answer (${cause})`);
  }
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let body: unknown;
  if (contentType.includes('json')) {
    try {
      body = JSON.parse(text);
    } catch {
      fail(`${url.pathname}: HTTP ${response.status} with a JSON content type but no JSON body`);
    }
  }
  return { status: response.status, body, text, contentType };
};

const expectStatus = (answer: Answer, path: string, status: number) => {
  if (answer.status !== status) {
    const error = (answer.body as { error?: { code?: string; message?: string } } | undefined)?.error;
    fail(
      `${path}: HTTP ${answer.status}, expected ${status}${error ? ` (${error.code}: ${error.message})` : answer.text ? ` (${answer.text.slice(0, 120).replace(/\s+/g, ' ')})` : ''}`,
    );
  }
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

const cataloguePage = (answer: Answer, path: string) => {
  expectStatus(answer, path, 200);
  const page = record(answer.body);
  if (!Array.isArray(page.items) || typeof page.total !== 'number') {
    fail(`${path}: the answer is not a catalogue page (items, total)`);
  }
  return page as { items: unknown[]; total: number };
};

export interface SmokeStep {
  name: string;
  /** Steps that must pass first; otherwise this one is skipped. */
  after?: string;
  run(options: SmokeOptions, state: { token?: string }): Promise<string>;
}

export const SMOKE_STEPS: readonly SmokeStep[] = [
  {
    name: 'health',
    async run(options) {
      const answer = await call(options, 'api/health');
      expectStatus(answer, '/api/health', 200);
      if (record(answer.body).status !== 'ok') fail('/api/health: status is not ok');
      return 'the API and its table answer';
    },
  },
  {
    name: 'catalogue',
    async run(options) {
      const page = cataloguePage(await call(options, 'api/listings?kind=all&limit=5'), '/api/listings');
      return `${page.total} published listings and pools, ${page.items.length} on the first page`;
    },
  },
  {
    name: 'catalogue search',
    async run(options) {
      const path = `api/listings?kind=all&limit=5&q=${encodeURIComponent(options.query)}`;
      const page = cataloguePage(await call(options, path), '/api/listings?q=');
      return `${page.total} found for "${options.query}"`;
    },
  },
  {
    name: 'docs',
    async run(options) {
      const page = await call(options, 'api/docs');
      expectStatus(page, '/api/docs', 200);
      if (!page.text.includes('data-openapi-url')) fail('/api/docs: not the API docs page');
      const document = await call(options, 'api/openapi.json');
      expectStatus(document, '/api/openapi.json', 200);
      const openapi = record(document.body);
      const paths = Object.keys(record(openapi.paths)).length;
      if (typeof openapi.openapi !== 'string' || paths === 0)
        fail('/api/openapi.json: not an OpenAPI document');
      return `OpenAPI ${String(openapi.openapi)}, ${paths} paths`;
    },
  },
  {
    name: 'sign-in',
    async run(options, state) {
      if (options.token) {
        state.token = options.token;
        return 'with the given --token';
      }
      if (!options.email || !options.password) {
        return fail(
          'no test account: pass --email and --password (or SMOKE_EMAIL, SMOKE_PASSWORD), or --token',
        );
      }
      const answer = await call(options, 'api/auth/local/token', {
        method: 'POST',
        body: { email: options.email, password: options.password },
      });
      if (answer.status === 404) {
        fail(
          'this site has no local sign-in (a deployed stack signs in with Cognito): pass an ID token with --token',
        );
      }
      expectStatus(answer, '/api/auth/local/token', 200);
      const token = record(answer.body).token;
      if (typeof token !== 'string') return fail('/api/auth/local/token: no token in the answer');
      state.token = token;
      return `as ${options.email}`;
    },
  },
  {
    name: 'quotas',
    after: 'sign-in',
    async run(options, state) {
      const answer = await call(options, 'api/quotas', { token: state.token });
      expectStatus(answer, '/api/quotas', 200);
      const report = record(answer.body);
      if (!Array.isArray(report.targets)) fail('/api/quotas: no targets in the answer');
      return `${String(report.orgName)} ${String(report.year)}: ${(report.targets as unknown[]).length} targets, ${String(report.status)}`;
    },
  },
];

/** Runs every step in order, timing each; a step whose prerequisite failed is skipped (and fails the run). */
export async function runSmoke(
  options: SmokeOptions,
  report: (result: SmokeResult) => void = () => {},
): Promise<SmokeResult[]> {
  const state: { token?: string } = {};
  const results: SmokeResult[] = [];
  for (const step of SMOKE_STEPS) {
    const prerequisite = step.after ? results.find((r) => r.step === step.after) : undefined;
    let result: SmokeResult;
    if (prerequisite && !prerequisite.ok) {
      result = { step: step.name, ok: false, ms: 0, detail: `skipped: ${step.after} failed`, skipped: true };
    } else {
      const started = performance.now();
      try {
        const detail = await step.run(options, state);
        result = { step: step.name, ok: true, ms: performance.now() - started, detail };
      } catch (error) {
        const detail = error instanceof SmokeFailure ? error.message : `unexpected: ${String(error)}`;
        result = { step: step.name, ok: false, ms: performance.now() - started, detail };
      }
    }
    results.push(result);
    report(result);
  }
  return results;
}

/** `✓ health            12 ms  the API and its table answer` */
export const formatSmokeResult = (result: SmokeResult): string =>
  `${result.ok ? '✓' : '✗'} ${result.step.padEnd(17)} ${`${Math.round(result.ms)} ms`.padStart(8)}  ${result.detail}`;
