import type {
  Agent,
  AgentType,
  AuthorisationInput,
  AuthorisationView,
} from '@openlicense/contract/authorisations';
import type { Requester } from './client.ts';
import { newIdempotencyKey } from './idempotency-key.ts';

/** Wire types of 委托授权: an enterprise lets an agency or park collect and manage its needs. */
/** Approved agencies and parks an enterprise may authorise (`/api/agents`). */
export type {
  Agent,
  AgentType,
  AuthorisationInput,
  AuthorisationView,
} from '@openlicense/contract/authorisations';

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
