import {
  type AuthorisationInputSchema,
  AuthorisationSchema,
} from '@openlicense/domain/authorisation/authorisation';
import { ContactSchema } from '@openlicense/domain/organisation/organisation';
import * as z from 'zod/mini';

/** 委托授权: an enterprise lets an agency or park collect and manage its needs; what `/api/authorisations*` takes and sends. */
export const AuthorisationViewSchema = z.extend(AuthorisationSchema, {
  enterpriseName: z.string(),
  agentName: z.string(),
  live: z.boolean().check(z.describe('今天有效（未撤销且在有效期内）/ in force today')),
});
export const AuthorisationListSchema = z.object({ items: z.array(AuthorisationViewSchema) });

export type AuthorisationInput = z.input<typeof AuthorisationInputSchema>;
export type AuthorisationView = z.output<typeof AuthorisationViewSchema>;
export type AuthorisationList = z.output<typeof AuthorisationListSchema>;

/** An approved agency or park an enterprise may authorise (`GET /api/agents`). */
export const AgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['agency', 'park']),
  regionCode: z.string(),
  contact: ContactSchema,
});
export const AgentListSchema = z.object({ items: z.array(AgentSchema) });

export type Agent = z.output<typeof AgentSchema>;
export type AgentType = Agent['type'];
