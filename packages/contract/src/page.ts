import * as z from 'zod/mini';

/** A page of a list: the items and, when there are more, the cursor for the next page. */
export const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
