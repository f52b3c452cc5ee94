import type { Org as ContractOrg, Jurisdiction, Me } from '@openlicense/contract/orgs';
import { ORG_STATUSES, ORG_TYPES } from '@openlicense/domain/organisation/org-types';

export type {
  AuditEntry,
  Contact,
  Jurisdiction,
  Me,
  OrgApplication,
  OrgResubmission,
} from '@openlicense/contract/orgs';
export type { Page } from '@openlicense/contract/page';

/**
 * Wire types of the HTTP API as the web shell sees them. The browser bundle imports no server code; the
 * enumerations are the domain's own (`@openlicense/domain`, pure code).
 */
export { ORG_STATUSES, ORG_TYPES };
export type OrgType = (typeof ORG_TYPES)[number];

/** Types an applicant may choose; the IP office is set up by the platform, never applied for. */
export const APPLICABLE_ORG_TYPES = [
  'university',
  'enterprise',
  'agency',
  'park',
] as const satisfies readonly OrgType[];
export type ApplicableOrgType = (typeof APPLICABLE_ORG_TYPES)[number];
export type OrgStatus = (typeof ORG_STATUSES)[number];

/** Sent with one organisation (`GET /api/orgs/{id}`, the application): the office that covers it. */
export type Org = ContractOrg & { jurisdiction?: Jurisdiction };
export type User = Me['user'];
export type OrgRole = NonNullable<Me['role']>;

export interface TokenResponse {
  token: string;
}

/** Web-only: the error body typed as the client reads it (the server's schema leaves `details` open). */
export interface ErrorDetail {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    details?: ErrorDetail[];
  };
}
