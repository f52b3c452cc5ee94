import * as z from 'zod/mini';

/** One line of an organisation's append-only evidence trail. */
export const AuditEntrySchema = z.object({
  id: z.string(),
  orgId: z.string(),
  at: z.string(),
  actorId: z.string(),
  action: z.string(),
  summary: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
