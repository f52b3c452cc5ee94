import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import type { Contact } from './types.ts';

/** Wire types of 委托授权: an enterprise lets an agency or park collect and manage its needs. */
export interface AuthorisationInput {
  agentOrgId: string;
  validFrom: string;
  validUntil: string;
  scope: 'needs';
  note?: string;
}

export interface AuthorisationView extends AuthorisationInput {
  id: string;
  enterpriseOrgId: string;
  enterpriseName: string;
  agentName: string;
  status: 'active' | 'revoked';
  grantedAt: string;
  grantedBy: string;
  revokedAt?: string;
  revokedBy?: string;
  version: number;
  /** In force today: active and within its period. */
  live: boolean;
}

export type AgentType = 'agency' | 'park';

export interface Agent {
  id: string;
  name: string;
  type: AgentType;
  regionCode: string;
  contact: Contact;
}

export function authorisationsApi(request: Requester) {
  return {
    /** Granted (enterprise) or held (agency, park), newest first. */
    list: () => request<{ items: AuthorisationView[] }>('/api/authorisations'),
    grant: (input: AuthorisationInput, idempotencyKey = newIdempotencyKey()) =>
      request<AuthorisationView>('/api/authorisations', { method: 'POST', body: input, idempotencyKey }),
    revoke: (id: string, idempotencyKey = newIdempotencyKey()) =>
      request<AuthorisationView>(`/api/authorisations/${encodeURIComponent(id)}/revoke`, {
        method: 'POST',
        idempotencyKey,
      }),
    agents: (type?: AgentType) =>
      request<{ items: Agent[] }>(type ? `/api/agents?type=${type}` : '/api/agents'),
  };
}

export type AuthorisationsApi = ReturnType<typeof authorisationsApi>;
