/** Key builders for every item kind; the only place that knows how keys are spelled. */
export const keys = {
  org: (orgId: string) => ({ pk: `ORG#${orgId}`, sk: 'PROFILE' }),
  orgByStatus: (status: string, createdAt: string, orgId: string) => ({
    orgsByStatusPk: `ORG_STATUS#${status}`,
    orgsByStatusSk: `${createdAt}#${orgId}`,
  }),
  usccClaim: (uscc: string) => ({ pk: `USCC#${uscc}`, sk: 'CLAIM' }),
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' }),
  userByOrg: (orgId: string, email: string) => ({ usersByOrgPk: `ORG#${orgId}`, usersByOrgSk: email }),
  login: (email: string) => ({ pk: `LOGIN#${email}`, sk: 'LOGIN' }),
  audit: (orgId: string, entryId: string) => ({ pk: `ORG#${orgId}`, sk: `AUDIT#${entryId}` }),
  auditPrefix: 'AUDIT#',
  idempotency: (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'RESPONSE' }),
  orgStats: () => ({ pk: 'STATS#orgs', sk: 'COUNTS' }),
  streamEvent: (consumer: string, eventId: string) => ({
    pk: `STREAM_EVENT#${consumer}#${eventId}`,
    sk: 'DONE',
  }),
  /** A patent number is unique across the system: the key is the number itself. */
  patent: (number: string) => ({ pk: `PATENT#${number}`, sk: 'PROFILE' }),
  patentByHolder: (holderOrgId: string, number: string) => ({
    patentsByHolderPk: `ORG#${holderOrgId}`,
    patentsByHolderSk: number,
  }),
  need: (needId: string) => ({ pk: `NEED#${needId}`, sk: 'PROFILE' }),
  seedMarker: (name: string) => ({ pk: `SEED#${name}`, sk: 'DONE' }),
  job: (jobName: string) => ({ pk: `JOB#${jobName}`, sk: 'LAST_RUN' }),
} as const;

/** Drops storage-only attributes so the rest can be parsed as the domain entity. */
export function stripStorage(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    if (
      name === 'pk' ||
      name === 'sk' ||
      name === 'entity' ||
      name === 'expiresAt' ||
      name.endsWith('Pk') ||
      name.endsWith('Sk')
    )
      continue;
    out[name] = value;
  }
  return out;
}
