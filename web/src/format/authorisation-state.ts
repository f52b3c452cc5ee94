import type { AuthorisationView } from '../api/authorisations.ts';
import type { Badge } from './badge.ts';

export type AuthorisationState = 'live' | 'upcoming' | 'expired' | 'revoked';

/**
 * Where an authorisation stands on `today` (`YYYY-MM-DD`): revoked wins, then the server's `live`, then the
 * dates tell a period that has not started from one that has run out.
 */
export function authorisationState(
  auth: Pick<AuthorisationView, 'status' | 'live' | 'validFrom' | 'validUntil'>,
  today: string,
): AuthorisationState {
  if (auth.status === 'revoked') return 'revoked';
  if (auth.live) return 'live';
  return today < auth.validFrom ? 'upcoming' : 'expired';
}

const BADGES: Readonly<Record<AuthorisationState, Badge>> = {
  live: { label: 'auth.state.live', tone: 'ok' },
  upcoming: { label: 'auth.state.upcoming', tone: 'info' },
  expired: { label: 'auth.state.expired', tone: 'muted' },
  revoked: { label: 'auth.state.revoked', tone: 'danger' },
};

export function authorisationBadge(state: AuthorisationState): Badge {
  return BADGES[state];
}
