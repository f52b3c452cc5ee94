import { NumberValue } from '@aws-sdk/lib-dynamodb';

/**
 * A counter read back from DynamoDB is always a safe integer here: the store refuses, in the transaction
 * that adds to it, any write that would take a counter past `Number.MAX_SAFE_INTEGER` (see `addCounts`).
 * Reading one that is not (a value written before that guard, or by hand) is a data error: it throws
 * rather than reading as 0 or as a rounded number.
 */
export class CounterRangeError extends Error {
  constructor(
    readonly attribute: string,
    readonly stored: string,
  ) {
    super(`counter ${attribute} holds ${stored}, which is not an exact whole number below 2^53`);
    this.name = 'CounterRangeError';
  }
}

/**
 * Whether `value` is a number as the document client returns one: a JS number, a BigInt (what the client
 * gives for integers past 2^53 − 1) or a NumberValue (with `wrapNumbers`).
 */
export const isStoredNumber = (value: unknown): value is number | bigint | NumberValue =>
  typeof value === 'number' || typeof value === 'bigint' || value instanceof NumberValue;

/**
 * The exact integer a stored counter holds (missing is 0). A BigInt, a NumberValue or a string is read
 * digit for digit, never through a float; a value that a JS number cannot hold exactly throws
 * {@link CounterRangeError} naming the attribute.
 */
export function exactCount(attribute: string, value: unknown): number {
  if (value === undefined || value === null) return 0;
  const text =
    typeof value === 'number'
      ? Number.isSafeInteger(value)
        ? undefined
        : String(value)
      : value instanceof NumberValue
        ? value.toString()
        : typeof value === 'bigint' || typeof value === 'string'
          ? String(value)
          : `${typeof value}`;
  if (text === undefined) return value as number;
  if (!/^-?\d+$/.test(text)) throw new CounterRangeError(attribute, text);
  const exact = BigInt(text);
  if (exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < BigInt(Number.MIN_SAFE_INTEGER))
    throw new CounterRangeError(attribute, text);
  return Number(exact);
}

/** Every numeric attribute of a stored counter item, each read exactly (`exactCount`). */
export function exactCounts(item: Record<string, unknown> | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, value] of Object.entries(item ?? {}))
    if (isStoredNumber(value)) counts[name] = exactCount(name, value);
  return counts;
}
