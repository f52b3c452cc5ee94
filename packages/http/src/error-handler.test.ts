import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import * as classic from 'zod';
import * as z from 'zod/mini';
import { handleError } from './error-handler.ts';

/** An app whose one route parses `{ email }` with `parse` and lets the error reach `handleError`. */
const appParsing = (parse: (body: unknown) => unknown) => {
  const app = new Hono();
  app.post('/', async (c) => c.json(parse(await c.req.json())));
  app.onError(handleError);
  return app;
};

const post = (app: Hono) =>
  app.request('/', {
    method: 'POST',
    body: JSON.stringify({ email: 42 }),
    headers: { 'content-type': 'application/json' },
  });

describe('a zod error reaching the error handler', () => {
  it('answers 400 invalid_input naming the field for a zod/mini schema, as the server’s schemas are', async () => {
    // Prepare
    const app = appParsing((body) => z.object({ email: z.string() }).parse(body));

    // Act
    const res = await post(app);

    // Assess
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.details.map((d) => d.path)).toEqual(['email']);
  });

  it('answers the same for a classic zod schema (tests may still build theirs with it)', async () => {
    // Prepare
    const app = appParsing((body) => classic.object({ email: classic.string() }).parse(body));

    // Act
    const res = await post(app);

    // Assess
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.details.map((d) => d.path)).toEqual(['email']);
  });
});
