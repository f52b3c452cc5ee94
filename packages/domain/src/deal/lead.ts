import * as z from 'zod';

/**
 * The first stage of the negotiated-deal pipeline (issue 6 adds the rest): an enterprise said it is
 * interested in a pushed listing.
 */
export const LeadSchema = z.object({
  id: z.string().min(1),
  stage: z.literal('lead'),
  source: z.object({ kind: z.literal('push'), pushId: z.string().min(1) }),
  listingId: z.string().min(1),
  enterpriseOrgId: z.string().min(1),
  brokerOrgId: z.string().min(1),
  createdAt: z.string(),
});
export type Lead = z.infer<typeof LeadSchema>;
