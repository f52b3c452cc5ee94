import * as z from 'zod/mini';

/**
 * The first stage of the negotiated-deal pipeline (issue 6 adds the rest): an enterprise said it is
 * interested in a pushed listing.
 */
export const LeadSchema = z.object({
  id: z.string().check(z.minLength(1)),
  stage: z.literal('lead'),
  source: z.object({ kind: z.literal('push'), pushId: z.string().check(z.minLength(1)) }),
  listingId: z.string().check(z.minLength(1)),
  enterpriseOrgId: z.string().check(z.minLength(1)),
  brokerOrgId: z.string().check(z.minLength(1)),
  createdAt: z.string(),
});
export type Lead = z.infer<typeof LeadSchema>;
