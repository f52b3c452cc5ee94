import type { Org, OrgStatus, OrgType, Role } from '../organisation/index.ts';

/** Who is asking: the signed-in user, their role and their organisation (if they belong to one). */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  membership?: {
    orgId: string;
    role: Role;
    orgType: OrgType;
    orgStatus: OrgStatus;
    /** The organisation's administrative division code: an IP office's jurisdiction. */
    regionCode?: string;
  };
}

export function membershipOf(org: Org, role: Role): NonNullable<Principal['membership']> {
  return { orgId: org.id, role, orgType: org.type, orgStatus: org.status, regionCode: org.regionCode };
}
