import type { FunctionName } from './paths.ts';

/**
 * Concurrent executions reserved for each function (context `reservedConcurrency`). A reservation is also
 * a ceiling: a flood of one route group cannot take the account's whole concurrency from the others, and
 * the matcher and scheduler never run more copies than their work needs. 122 in all, leaving the account
 * (1,000 by default) its required 100 unreserved and room for other workloads.
 *
 * - catalogue: the public, anonymous traffic (supply, split from it, takes 10 of its former 40);
 * - supply, demand, licensing, deals, accounts: signed-in work (licensing and deals share what dealing had when they
 *   were one function); market (demand signals, conversion needs): light, signed-in reading;
 * - spreadsheets: imports and exports at 1.5 GB each, a handful at a time; its reports (split from it)
 *   take 4 of the 10 it had;
 * - matcher: one invocation per stream shard plus the nightly full run;
 * - scheduler: the nightly run and its asynchronous retry.
 */
export const DEFAULT_RESERVED_CONCURRENCY: Readonly<Record<FunctionName, number>> = {
  'api-catalogue': 30,
  'api-supply': 10,
  'api-demand': 20,
  'api-licensing': 10,
  'api-deals': 10,
  'api-market': 5,
  'api-accounts': 20,
  spreadsheets: 6,
  'spreadsheet-reports': 4,
  matcher: 5,
  scheduler: 2,
};

/**
 * The reservations from context `reservedConcurrency`: absent → the defaults; `off` → none (an account whose
 * concurrency limit is still at a new account's 10 cannot reserve any); a JSON object (or a cdk.json object)
 * → the defaults with these functions' numbers replaced.
 */
export function reservedConcurrencyFrom(
  context: unknown,
): Readonly<Record<FunctionName, number>> | undefined {
  if (context === undefined || context === null || context === '') return DEFAULT_RESERVED_CONCURRENCY;
  if (context === 'off' || context === false) return undefined;
  const given = typeof context === 'string' ? (JSON.parse(context) as unknown) : context;
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new Error('reservedConcurrency must be "off" or an object such as {"api-catalogue":80}');
  const result: Record<string, number> = { ...DEFAULT_RESERVED_CONCURRENCY };
  for (const [name, value] of Object.entries(given)) {
    if (!(name in DEFAULT_RESERVED_CONCURRENCY))
      throw new Error(
        `reservedConcurrency: no function "${name}" (one of ${Object.keys(DEFAULT_RESERVED_CONCURRENCY).join(', ')})`,
      );
    if (!Number.isInteger(value) || (value as number) < 1)
      throw new Error(`reservedConcurrency.${name} must be a whole number ≥ 1 (got ${String(value)})`);
    result[name] = value as number;
  }
  return result as Record<FunctionName, number>;
}
