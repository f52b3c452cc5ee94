import type { Context, Hono } from 'hono';
import type { AppEnv } from './env.ts';
import type { Input, RouteSpec } from './route-spec.ts';
import { validateInput } from './validate-input.ts';

export type RouteHandler<S extends RouteSpec> = (
  c: Context<AppEnv>,
  input: Input<S>,
) => Response | Promise<Response>;

/** `{id}` (OpenAPI) → `:id` (Hono). */
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Registers routes from their specs: each request's input is parsed by the spec's zod schemas before
 * the handler runs, and every spec is kept for the OpenAPI document.
 */
export class ApiRouter {
  readonly specs: RouteSpec[] = [];

  constructor(private readonly app: Hono<AppEnv>) {}

  route<S extends RouteSpec>(spec: S, handler: RouteHandler<S>): this {
    this.specs.push(spec);
    this.app.on(spec.method.toUpperCase(), honoPath(spec.path), async (c) =>
      handler(c, await validateInput(c, spec)),
    );
    return this;
  }
}
