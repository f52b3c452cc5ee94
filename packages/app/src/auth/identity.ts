/** The claims our tokens carry, whoever issued them (Cognito in AWS, the local issuer on a laptop). */
export interface IdentityClaims {
  sub: string;
  email: string;
  name?: string;
  /** Cognito groups = roles (`admin` | `member`). */
  groups: string[];
  /** `custom:orgId` — a hint; the membership stored in DynamoDB is authoritative. */
  orgId?: string;
}

export interface TokenVerifier {
  /** Resolves the claims of a valid token; rejects (any error) for an invalid or expired one. */
  verify(token: string): Promise<IdentityClaims>;
}

/** Keeps the identity provider's view of a membership in step with ours (Cognito groups + custom:orgId). */
export interface IdentitySync {
  membershipChanged(userId: string, orgId: string, role: 'admin' | 'member'): Promise<void>;
}

export const noIdentitySync: IdentitySync = { membershipChanged: async () => {} };

/** Issues a token carrying these claims (the local issuer; Cognito issues its own in AWS). */
export interface TokenIssuer {
  issue(claims: IdentityClaims): Promise<string>;
}
