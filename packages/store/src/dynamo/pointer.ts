import * as z from 'zod/mini';

const IdSchema = z.string().check(z.minLength(1));

/**
 * The id a link, lock or pointer item names in `attribute` (a lead link's `leadId`, a filing-due entry's
 * `licenceId`): parsed, so a damaged item throws naming itself instead of sending the read after an id
 * such as "undefined".
 */
export function idIn(item: Record<string, unknown>, attribute: string): string {
  const parsed = IdSchema.safeParse(item[attribute]);
  if (!parsed.success)
    throw new Error(
      `item ${String(item.pk)} / ${String(item.sk)} names no ${attribute}: ${parsed.error.message}`,
    );
  return parsed.data;
}
