import { ORG_STATUSES, ORG_TYPES } from '@openlicense/domain/organisation/org-types';

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

export type OrgRole = 'admin' | 'member';

export interface Contact {
  name: string;
  phone: string;
  email: string;
}

export interface Org {
  id: string;
  name: string;
  uscc: string;
  type: OrgType;
  regionCode: string;
  contact: Contact;
  status: OrgStatus;
  rejectionReason?: string;
  createdAt: string;
  updatedAt?: string;
  reviewedAt?: string;
  reviewedBy?: string;
  /** Sent with one organisation (`GET /api/orgs/{id}`, the application): the office that covers it. */
  jurisdiction?: Jurisdiction;
  version: number;
}

export interface User {
  id: string;
  email: string;
  name: string;
}

/** The IP office that reviews and evaluates an organisation (by region-code prefix), or none on the platform yet. */
export interface Jurisdiction {
  regionCode: string;
  office: { orgId: string; name: string; regionCode: string } | null;
}

export interface Me {
  user: User;
  role: OrgRole | null;
  organisation: Org | null;
  /** Which IP office reviews the caller's organisation; null for an IP office (or no organisation). */
  jurisdiction?: Jurisdiction | null;
}

export interface TokenResponse {
  token: string;
}

export interface OrgApplication {
  name: string;
  uscc: string;
  type: ApplicableOrgType;
  regionCode: string;
  contact: Contact;
}

/** A rejected applicant corrects its application in place; the type cannot change, `version` is what it last saw. */
export type OrgResubmission = Omit<OrgApplication, 'type'> & { version: number };

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  action: string;
  summary: string;
}

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
