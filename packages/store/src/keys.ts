/**
 * A 0–100 score (one decimal) as a sort key, best first when read ascending.
 *
 * @example scoreKey(87.5) // '0912500'
 */
export const scoreKey = (score: number) => String(1_000_000 - Math.round(score * 1000)).padStart(7, '0');

/** What follows `prefix` in a key read back from the table; a key of another kind is a programming error. */
function after(prefix: string, key: string): string {
  if (!key.startsWith(prefix)) throw new Error(`key ${key} does not start with ${prefix}`);
  return key.slice(prefix.length);
}

/** Key builders for every item kind, and the readers of ids out of keys; the only place that knows how keys are spelled. */
export const keys = {
  org: (orgId: string) => ({ pk: `ORG#${orgId}`, sk: 'PROFILE' }),
  /** The organisation whose partition `pk` (`ORG#<id>`, e.g. of its push cap) is. */
  orgIdOf: (pk: string) => after('ORG#', pk),
  orgByStatus: (status: string, createdAt: string, orgId: string) => ({
    orgsByStatusPk: `ORG_STATUS#${status}`,
    orgsByStatusSk: `${createdAt}#${orgId}`,
  }),
  usccClaim: (uscc: string) => ({ pk: `USCC#${uscc}`, sk: 'CLAIM' }),
  /** The directory of IP offices (a handful): who covers which region, read to route applications. */
  ipOffice: (orgId: string) => ({ pk: 'IP_OFFICES', sk: `ORG#${orgId}` }),
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
  /** The patent number of an item in a patent's partition (its profile, active declaration, dispute claims). */
  patentNumberOf: (pk: string) => after('PATENT#', pk),
  patentByHolder: (holderOrgId: string, number: string) => ({
    patentsByHolderPk: `ORG#${holderOrgId}`,
    patentsByHolderSk: number,
  }),
  /** A patent's transfer-potential grade (分级分类, issue 14), beside its profile. */
  patentGrade: (number: string) => ({ pk: `PATENT#${number}`, sk: 'GRADE' }),
  /**
   * The holder's grades by patent number, on the ledger's index but in a partition of their own
   * (`ORG#<holder>#GRADE`), so the ledger's reads never meet them.
   */
  patentGradeByHolder: (holderOrgId: string, number: string) => ({
    patentsByHolderPk: `ORG#${holderOrgId}#GRADE`,
    patentsByHolderSk: number,
  }),
  // ── disputes over who holds a patent number (issue 11) ──
  patentDispute: (id: string) => ({ pk: `PATENT_DISPUTE#${id}`, sk: 'PROFILE' }),
  /** Disputes in one status, oldest first (a GSI-free index: the IP office's queue reads `open`). */
  patentDisputeByStatus: (status: string, createdAt: string, id: string) => ({
    pk: `PATENT_DISPUTE_STATUS#${status}`,
    sk: `${createdAt}#${id}`,
  }),
  /** Links a dispute to its claimant and its holder, in the organisation's partition. */
  patentDisputeLink: (orgId: string, createdAt: string, id: string) => ({
    pk: `ORG#${orgId}`,
    sk: `PATENT_DISPUTE#${createdAt}#${id}`,
  }),
  patentDisputeLinkPrefix: 'PATENT_DISPUTE#',
  /** One open claim per claimant on a number: a lock naming the dispute, released when it is decided. */
  patentDisputeClaim: (number: string, claimantOrgId: string) => ({
    pk: `PATENT#${number}`,
    sk: `DISPUTE#${claimantOrgId}`,
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
  /**
   * A live need (open, matched, in negotiation) listed under one of its fields — an industry chain
   * (`chain`) or an IPC subclass (`ipc`) — newest first read backwards: a university's 市场需求 page finds
   * the demand in its declared research fields by key. Written and removed with the need.
   */
  liveNeedByField: (field: 'chain' | 'ipc', value: string, sortKey: string) => ({
    pk: `LIVE_NEED#${field}#${value}`,
    sk: sortKey,
  }),
  /** A university's declared research fields (研究领域). */
  researchFields: (orgId: string) => ({ pk: `ORG#${orgId}`, sk: 'RESEARCH_FIELDS' }),
  /** A university's conversion need (成果转化需求); its answers live in the same partition. */
  conversionNeed: (id: string) => ({ pk: `CONVERSION_NEED#${id}`, sk: 'PROFILE' }),
  /** One enterprise's answer to a conversion need: one per enterprise. */
  conversionAnswer: (needId: string, enterpriseOrgId: string) => ({
    pk: `CONVERSION_NEED#${needId}`,
    sk: `ANSWER#${enterpriseOrgId}`,
  }),
  conversionAnswerPrefix: 'ANSWER#',
  /** Every conversion need still taking answers, newest first read backwards; removed when it ends. */
  conversionNeedOpen: (createdAt: string, id: string) => ({
    pk: 'CONVERSION_NEEDS#OPEN',
    sk: `${createdAt}#${id}`,
  }),
  /** Links a conversion need to the university that posted it, newest first read backwards. */
  conversionNeedLink: (orgId: string, createdAt: string, id: string) => ({
    pk: `ORG#${orgId}`,
    sk: `CONVERSION_NEED#${createdAt}#${id}`,
  }),
  conversionNeedLinkPrefix: 'CONVERSION_NEED#',
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
  // ── matching and precise push (issue 5) ──
  /** A need's match with a listing (or `bundle:<id>`) lives in the need's partition: one item per pair. */
  match: (needId: string, listingId: string) => ({ pk: `NEED#${needId}`, sk: `MATCH#${listingId}` }),
  matchPrefix: 'MATCH#',
  /**
   * A patent whose stored grade counts the need (its reverse link, kept by the grade's writes), so a change of
   * the need regrades those patents at once: `NEED#<need>`, `GRADED#<patent>`.
   */
  needGradeLink: (needId: string, number: string) => ({ pk: `NEED#${needId}`, sk: `GRADED#${number}` }),
  needGradeLinkPrefix: 'GRADED#',
  matchByNeed: (needId: string, score: number, listingId: string) => ({
    matchesByNeedPk: `NEED#${needId}`,
    matchesByNeedSk: `${scoreKey(score)}#${listingId}`,
  }),
  matchByListing: (listingId: string, score: number, needId: string) => ({
    matchesByListingPk: `LISTING#${listingId}`,
    matchesByListingSk: `${scoreKey(score)}#${needId}`,
  }),
  /** One proposal per broker × need × listing, in the broker's partition. */
  proposal: (brokerOrgId: string, needId: string, listingId: string) => ({
    pk: `ORG#${brokerOrgId}`,
    sk: `PROPOSAL#${needId}#${listingId}`,
  }),
  /** A broker's queue per status, best first. */
  proposalByBroker: (
    brokerOrgId: string,
    status: string,
    score: number,
    needId: string,
    listingId: string,
  ) => ({
    proposalsByBrokerPk: `ORG#${brokerOrgId}#${status}`,
    proposalsByBrokerSk: `${scoreKey(score)}#${needId}#${listingId}`,
  }),
  push: (id: string) => ({ pk: `PUSH#${id}`, sk: 'PROFILE' }),
  /** The enterprise's inbox, written at delivery only: newest first when read backwards. */
  pushByEnterprise: (enterpriseOrgId: string, deliveredAt: string, id: string) => ({
    pushesByEnterprisePk: `ORG#${enterpriseOrgId}`,
    pushesByEnterpriseSk: `${deliveredAt}#${id}`,
  }),
  /** A broker's pushes of one China-time year (the quota's evidence), by approval time. */
  pushByBroker: (brokerOrgId: string, year: string, approvedAt: string, id: string) => ({
    pushesByBrokerPk: `ORG#${brokerOrgId}#${year}`,
    pushesByBrokerSk: `${approvedAt}#${id}`,
  }),
  /** "Was this listing pushed to this enterprise lately?": a lock taken by a conditional write. */
  pushPair: (listingId: string, enterpriseOrgId: string) => ({
    pk: `PUSH_PAIR#${listingId}#${enterpriseOrgId}`,
    sk: 'LOCK',
  }),
  /** A pair lock's `listingId#enterpriseOrgId`, as screens mark pushed pairs. */
  pushPairOf: (pk: string) => after('PUSH_PAIR#', pk),
  /** Pushes approved for an enterprise in one ISO week (`2026-W48`), against its weekly cap. */
  pushCap: (enterpriseOrgId: string, week: string) => ({
    pk: `ORG#${enterpriseOrgId}`,
    sk: `PUSH_CAP#${week}`,
  }),
  /** The enterprise's unread count. */
  pushInbox: (enterpriseOrgId: string) => ({ pk: `ORG#${enterpriseOrgId}`, sk: 'PUSH_INBOX' }),
  pushPreferences: (enterpriseOrgId: string) => ({ pk: `ORG#${enterpriseOrgId}`, sk: 'PUSH_PREFERENCES' }),
  /** The email's unsubscribe link names this token; the item names the enterprise. */
  pushUnsubscribe: (token: string) => ({ pk: `PUSH_UNSUBSCRIBE#${token}`, sk: 'CLAIM' }),
  pushSettings: (brokerOrgId: string) => ({ pk: `ORG#${brokerOrgId}`, sk: 'PUSH_SETTINGS' }),
  matchFeedback: (enterpriseOrgId: string) => ({ pk: `ORG#${enterpriseOrgId}`, sk: 'MATCH_FEEDBACK' }),
  quota: (orgId: string, year: string) => ({ pk: `ORG#${orgId}`, sk: `QUOTA#${year}` }),
  /** The IP office's targets for every role in one year. */
  quotaTargets: (year: string) => ({ pk: 'QUOTA_TARGETS', sk: year }),
  /** An IP office's grading settings (分级分类): one partition, so the matcher reads every office's at once. */
  gradingSettings: (officeOrgId: string) => ({ pk: 'GRADING_SETTINGS', sk: officeOrgId }),
  /** One entry of an organisation's hash-chained quota evidence, grouped by year for the report. */
  evidence: (orgId: string, year: string, seq: number) => ({
    pk: `ORG#${orgId}`,
    sk: `EVIDENCE#${year}#${String(seq).padStart(10, '0')}`,
  }),
  evidencePrefix: (year?: string) => (year === undefined ? 'EVIDENCE#' : `EVIDENCE#${year}#`),
  /** The last entry of an organisation's chain: its number and hash, moved by every append. */
  evidenceHead: (orgId: string) => ({ pk: `ORG#${orgId}`, sk: 'EVIDENCE_HEAD' }),
  /** A delivered (listing, enterprise) pair counted once toward a broker's quota of a year. */
  quotaPair: (brokerOrgId: string, year: string, listingId: string, enterpriseOrgId: string) => ({
    pk: `QUOTA_PAIR#${brokerOrgId}#${year}#${listingId}#${enterpriseOrgId}`,
    sk: 'COUNTED',
  }),
  lead: (id: string) => ({ pk: `LEAD#${id}`, sk: 'PROFILE' }),
  /** Links a lead to the broker and to the enterprise, in each organisation's partition. */
  leadLink: (orgId: string, leadId: string) => ({ pk: `ORG#${orgId}`, sk: `LEAD#${leadId}` }),
  leadLinkPrefix: 'LEAD#',
  // ── open licences (issue 6) ──
  licence: (id: string) => ({ pk: `LICENCE#${id}`, sk: 'PROFILE' }),
  /** Links a licence to each party (licensee, licensor, broker) in its partition, newest first read backwards. */
  licenceLink: (orgId: string, as: string, createdAt: string, id: string) => ({
    pk: `ORG#${orgId}`,
    sk: `LICENCE#${as}#${createdAt}#${id}`,
  }),
  licenceLinkPrefix: (as: string) => `LICENCE#${as}#`,
  /** One live licence per enterprise and offer: a lock naming the first licence. */
  licenceHold: (offerKind: string, offerId: string, licenseeOrgId: string) => ({
    pk: `LICENCE_HOLD#${offerKind}#${offerId}#${licenseeOrgId}`,
    sk: 'LOCK',
  }),
  /** How many open licences an offer (listing or bundle) has granted. */
  offerLicenceCount: (offerKind: string, offerId: string) => ({
    pk: `${offerKind === 'bundle' ? 'BUNDLE' : 'LISTING'}#${offerId}`,
    sk: 'LICENCE_COUNT',
  }),
  /** Effective licences not filed yet, by filing deadline (written at effect, deleted at filing). */
  filingDue: (deadline: string, id: string) => ({ pk: 'FILING_DUE', sk: `${deadline}#${id}` }),
  notification: (orgId: string, createdAt: string, id: string) => ({
    pk: `ORG#${orgId}`,
    sk: `NOTIFICATION#${createdAt}#${id}`,
  }),
  notificationPrefix: 'NOTIFICATION#',
  // ── negotiated deals and matchmaking events (issue 6) ──
  deal: (id: string) => ({ pk: `DEAL#${id}`, sk: 'PROFILE' }),
  /** Links a deal to each party and the broker, in the organisation's partition, newest first when read backwards. */
  dealLink: (orgId: string, createdAt: string, dealId: string) => ({
    pk: `ORG#${orgId}`,
    sk: `DEAL#${createdAt}#${dealId}`,
  }),
  dealLinkPrefix: 'DEAL#',
  /** The deal a link, year item or event deal names: its sort key ends with `#<dealId>`. */
  dealIdOf: (sk: string) => sk.slice(sk.lastIndexOf('#') + 1),
  /** Every deal created in a China-time year (the IP office's view). */
  dealByYear: (year: string, createdAt: string, dealId: string) => ({
    pk: `DEAL_YEAR#${year}`,
    sk: `${createdAt}#${dealId}`,
  }),
  /** A deal that came out of an event, in the event's partition. */
  eventDeal: (eventId: string, dealId: string) => ({ pk: `EVENT#${eventId}`, sk: `DEAL#${dealId}` }),
  eventDealPrefix: 'DEAL#',
  /** A matchmaking event (对接活动). */
  event: (id: string) => ({ pk: `EVENT#${id}`, sk: 'PROFILE' }),
  /** An invited enterprise's registration, in the event's partition. */
  eventRegistration: (eventId: string, orgId: string) => ({ pk: `EVENT#${eventId}`, sk: `REG#${orgId}` }),
  eventRegistrationPrefix: 'REG#',
  /** Links an event to its organiser, invited enterprises and invited listings' holders, by event date. */
  eventLink: (orgId: string, date: string, eventId: string) => ({
    pk: `ORG#${orgId}`,
    sk: `EVENT#${date}#${eventId}`,
  }),
  eventLinkPrefix: (year?: string) => (year === undefined ? 'EVENT#' : `EVENT#${year}-`),
  /** Every event of a year by date (the IP office's view). */
  eventByYear: (year: string, date: string, eventId: string) => ({
    pk: `EVENT_YEAR#${year}`,
    sk: `${date}#${eventId}`,
  }),
  seedMarker: (name: string) => ({ pk: `SEED#${name}`, sk: 'DONE' }),
  job: (jobName: string) => ({ pk: `JOB#${jobName}`, sk: 'LAST_RUN' }),
  /** A spreadsheet import job, found only with the organisation that uploaded it. */
  importJob: (jobId: string, orgId: string) => ({ pk: `IMPORT_JOB#${jobId}`, sk: `ORG#${orgId}` }),
  /** The market projection's row of one live need, by province, sorted by region (a jurisdiction is a prefix). */
  marketNeed: (regionCode: string, needId: string) => ({
    pk: `MARKET_NEEDS#${regionCode.slice(0, 2)}`,
    sk: `${regionCode}#${needId}`,
  }),
  /** The unmet-demand count of one county × industry chain, beside the rows: the map reads these, not the rows. */
  marketCell: (regionCode: string, chain: string) => ({
    pk: `MARKET_CELLS#${regionCode.slice(0, 2)}`,
    sk: `${regionCode}#${chain}`,
  }),
  /** The market projection's last run: when, and which provinces hold rows. */
  marketNeedsRun: () => ({ pk: 'MARKET_NEEDS', sk: 'RUN' }),
  /** A university's field alert subscription; all of them in one partition, which the weekly job reads. */
  fieldAlert: (orgId: string) => ({ pk: 'FIELD_ALERTS', sk: `ORG#${orgId}` }),
  /** The alert e-mail's unsubscribe link names this token; the item names the university. */
  fieldAlertUnsubscribe: (token: string) => ({ pk: `FIELD_ALERT_UNSUBSCRIBE#${token}`, sk: 'CLAIM' }),
  /** One week's alert in the university's inbox (`2026-W50`): written once, so a rerun sends nothing. */
  fieldAlertEntry: (orgId: string, week: string) => ({ pk: `ORG#${orgId}`, sk: `FIELD_ALERT#${week}` }),
  fieldAlertEntryPrefix: 'FIELD_ALERT#',
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
