import type * as z from 'zod/mini';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One route as data: enough to validate its input at the edge and to describe it in OpenAPI. */
export interface RouteSpec<
  P extends z.ZodMiniType = z.ZodMiniType,
  Q extends z.ZodMiniType = z.ZodMiniType,
  B extends z.ZodMiniType = z.ZodMiniType,
  H extends z.ZodMiniType = z.ZodMiniType,
> {
  method: Method;
  /** OpenAPI-style path below `/api`, e.g. `/orgs/{id}`. */
  path: string;
  summary: string;
  tags: string[];
  /** Anyone may call it; otherwise it documents the Bearer requirement. */
  public?: boolean;
  request?: { params?: P; query?: Q; body?: B; headers?: H };
  /** A multipart/form-data upload: the handler reads the file from this field itself. */
  upload?: { field: string };
  responses: Record<number, { description: string; schema?: z.ZodMiniType }>;
}

export type Input<S extends RouteSpec> = {
  params: S['request'] extends { params: infer P extends z.ZodMiniType }
    ? z.output<P>
    : Record<string, never>;
  query: S['request'] extends { query: infer Q extends z.ZodMiniType } ? z.output<Q> : Record<string, never>;
  body: S['request'] extends { body: infer B extends z.ZodMiniType } ? z.output<B> : undefined;
  headers: S['request'] extends { headers: infer H extends z.ZodMiniType }
    ? z.output<H>
    : Record<string, never>;
};

/** Builds a spec with its literal types kept, so handlers see typed input. */
export const defineRoute = <
  P extends z.ZodMiniType,
  Q extends z.ZodMiniType,
  B extends z.ZodMiniType,
  H extends z.ZodMiniType,
  S extends RouteSpec<P, Q, B, H>,
>(
  spec: S,
) => spec;
