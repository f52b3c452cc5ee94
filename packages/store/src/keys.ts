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
  /** An open-licence declaration (开放许可声明): what the catalogue lists. */
  declaration: (id: string) => ({ pk: `LISTING#${id}`, sk: 'DECLARATION' }),
  /** One partition per organisation and status, newest first, so pages of several statuses can be merged. */
  declarationByOrg: (holderOrgId: string, status: string, createdAt: string, id: string) => ({
    listingsByOrgPk: `ORG#${holderOrgId}#${status}`,
    listingsByOrgSk: `${createdAt}#${id}`,
  }),
  /** By the time the declaration entered `status` (its updatedAt), so a delta is a range read. */
  declarationByStatus: (status: string, changedAt: string, id: string) => ({
    listingsByStatusPk: `LISTING_STATUS#${status}`,
    listingsByStatusSk: `${changedAt}#${id}`,
  }),
  /** Written only while published (sparse): the day after which it lapses. */
  declarationByExpiry: (lapseDate: string, id: string) => ({
    listingsByExpiryPk: 'LISTING_EXPIRY',
    listingsByExpirySk: `${lapseDate}#${id}`,
  }),
  /** At most one declaration of a patent is submitted or published: this item names it. */
  activeDeclaration: (patentNumber: string) => ({ pk: `PATENT#${patentNumber}`, sk: 'ACTIVE_DECLARATION' }),
  /** A bundle (专利包 / 公共专利池). */
  bundle: (id: string) => ({ pk: `BUNDLE#${id}`, sk: 'PROFILE' }),
  /**
   * One item per bundle status, written with each status change (a GSI-free index: bundles are few):
   * the review queue and the nightly check read one partition, oldest change first.
   */
  bundleByStatus: (status: string, changedAt: string, id: string) => ({
    pk: `BUNDLE_STATUS#${status}`,
    sk: `${changedAt}#${id}`,
  }),
  /** Links a bundle to its organiser and to each holder of member patents, in the organisation's partition. */
  bundleLink: (orgId: string, bundleId: string) => ({ pk: `ORG#${orgId}`, sk: `BUNDLE#${bundleId}` }),
  bundleLinkPrefix: 'BUNDLE#',
  need: (needId: string) => ({ pk: `NEED#${needId}`, sk: 'PROFILE' }),
  /** Both need indexes sort by `createdAt#id`, newest first when read backwards, so pages can be merged. */
  needByOwner: (ownerOrgId: string, sortKey: string) => ({
    needsByOwnerPk: `ORG#${ownerOrgId}`,
    needsByOwnerSk: sortKey,
  }),
  needByCollector: (collectorOrgId: string, sortKey: string) => ({
    needsByCollectorPk: `ORG#${collectorOrgId}`,
    needsByCollectorSk: sortKey,
  }),
  /** An importer's reference is unique per enterprise and per organisation that entered it (itself or its agent). */
  needRef: (ownerOrgId: string, scopeOrgId: string, clientRef: string) => ({
    pk: `NEED_REF#${ownerOrgId}#${scopeOrgId}#${clientRef}`,
    sk: 'CLAIM',
  }),
  /** Authorisations live in the granting enterprise's partition, so its checks are strongly consistent reads. */
  authorisation: (enterpriseOrgId: string, authorisationId: string) => ({
    pk: `ORG#${enterpriseOrgId}`,
    sk: `AUTH#${authorisationId}`,
  }),
  authorisationPrefix: 'AUTH#',
  authorisationByAgent: (agentOrgId: string, grantedAt: string, authorisationId: string) => ({
    authorisationsByAgentPk: `ORG#${agentOrgId}`,
    authorisationsByAgentSk: `${grantedAt}#${authorisationId}`,
  }),
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
