import { createHash } from 'node:crypto';
import { ApiError, errorBody } from '@openlicense/app';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;
/** A request holds its key for well under a second; a retry a second later finds its outcome. */
const RETRY_AFTER_SECONDS = 1;

/**
 * Makes a POST safe to retry: the first request with an `Idempotency-Key` runs, and later ones with
 * the same key (same caller, same route, same body) get the stored answer instead of a second effect.
 * While the first is still running they get 409 `idempotency_in_progress` with `Retry-After`; a
 * refusal (4xx) or failure is not stored, so a retry after it runs again and gets its own answer.
 */
export const idempotency = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (c.req.method !== 'POST' || key === undefined) return next();
  if (!KEY.test(key))
    throw new ApiError(
      400,
      'invalid_input',
      'Idempotency-Key 格式不正确 / Idempotency-Key must be 8–128 of [A-Za-z0-9_.:-]',
      [{ path: 'header.idempotency-key', message: '8–128 characters of A-Z a-z 0-9 _ . : -' }],
    );
  const { store, now } = c.get('deps');
  const scope = `${c.get('principal')?.userId ?? 'anonymous'}#${c.req.path}`;
  const fingerprint = await fingerprintOf(c.req.raw);

  const previous = await store.idempotency.claim(scope, key, fingerprint, now().getTime());
  if (previous) {
    if (previous.fingerprint !== fingerprint)
      throw new ApiError(
        422,
        'idempotency_key_reused',
        '同一 Idempotency-Key 用于了不同的请求 / key reused with a different body',
      );
    // The first attempt is still running: its outcome decides what a retry gets (the stored
    // answer, or a run of its own after a refusal), so the client is told when to ask again.
    if (previous.state === 'in_progress')
      return c.json(
        errorBody(
          'idempotency_in_progress',
          '相同请求正在处理中，请稍后重试 / the same request is still running, retry shortly',
        ),
        409,
        { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      );
    c.header('Idempotent-Replayed', 'true');
    return c.body(previous.body ?? '', (previous.status ?? 200) as 200, {
      'content-type': previous.contentType ?? 'application/json',
    });
  }

  try {
    await next();
  } catch (error) {
    await store.idempotency.release(scope, key);
    throw error;
  }
  // Refusals are not effects: release them so the corrected retry can run.
  if (c.error || c.res.status >= 400) {
    await store.idempotency.release(scope, key);
    return;
  }
  const response = c.res.clone();
  await store.idempotency.complete(scope, key, {
    status: response.status,
    body: await response.text(),
    contentType: response.headers.get('content-type') ?? 'application/json',
  });
});

/**
 * What makes two requests "the same": the body bytes, except for uploads, where the browser picks a
 * new multipart boundary on every attempt — there the fields and file contents count, not the framing.
 */
async function fingerprintOf(request: Request): Promise<string> {
  const hash = createHash('sha256');
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => undefined);
    if (form) {
      const entries = [...form.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [name, value] of entries) {
        hash.update(`${name}\0`);
        hash.update(typeof value === 'string' ? value : new Uint8Array(await value.arrayBuffer()));
        hash.update('\0');
      }
      return hash.digest('base64url');
    }
  }
  return hash.update(new Uint8Array(await request.clone().arrayBuffer())).digest('base64url');
}
