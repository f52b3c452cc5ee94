/**
 * A stand-in for a dependency a function does not build (the catalogue outside the catalogue function,
 * Cognito membership sync outside accounts): typed as the real thing, and any use of it throws, naming
 * what is missing and where, instead of failing somewhere deeper.
 */
export function unavailable<T extends object>(what: string, where: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      // Promise resolution and inspection probe these; answering `undefined` keeps them harmless.
      if (typeof property === 'symbol' || property === 'then' || property === 'toJSON') return undefined;
      throw new Error(`${what}.${property} is not available in the ${where} function`);
    },
  });
}
