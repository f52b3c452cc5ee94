import {
  type Authorisation,
  brokerAuthorisation,
  type FeedbackAdjustments,
  isoDateInChina,
  type MatchRecord,
  NO_ADJUSTMENTS,
  type Org,
  type ProposalInput,
  type PushSettings,
  proposalId,
  pushBrokerType,
} from '@openlicense/domain';
import type { ListingFeatures, MatchResult, NeedFeatures } from '@openlicense/matching';
import { StoreConflictError } from '@openlicense/store';
import type { MatcherStore } from '../ports.ts';
import { brokersOf } from './brokers.ts';
import { MATCH_TOP_K } from './features.ts';
import type { Log, MatchState } from './match-state.ts';

export interface MatchWriterOptions {
  store: MatcherStore;
  state: MatchState;
  engineVersion: number;
  /** Real time: auto-push approvals are stamped with it. */
  now: () => Date;
  /** Days within which the same listing is not pushed to the same enterprise again. */
  dedupeDays: number;
  log?: Log;
}

/** What one round of writes read, read once: organisations, authorisations, adjustments, push settings. */
class Lookups {
  private readonly orgs = new Map<string, Promise<Org | undefined>>();
  private readonly authorisations = new Map<string, Promise<Authorisation[]>>();
  readonly adjustments = new Map<string, FeedbackAdjustments>();
  private readonly settings = new Map<string, Promise<PushSettings>>();

  constructor(
    private readonly store: MatcherStore,
    private readonly today: string,
  ) {}

  org(id: string) {
    let org = this.orgs.get(id);
    if (!org) {
      org = this.store.orgs.get(id);
      this.orgs.set(id, org);
    }
    return org;
  }

  private authorisationsOf(enterpriseOrgId: string) {
    let auths = this.authorisations.get(enterpriseOrgId);
    if (!auths) {
      auths = this.store.authorisations.listByEnterprise(enterpriseOrgId);
      this.authorisations.set(enterpriseOrgId, auths);
    }
    return auths;
  }

  async brokersOf(need: { enterpriseOrgId: string; collectedByOrgId?: string | undefined }) {
    return brokersOf(need, await this.authorisationsOf(need.enterpriseOrgId), this.today);
  }

  /** The broker's standing with the enterprise (its live authorisation, which an automatic push checks again). */
  async standing(enterpriseOrgId: string, brokerOrgId: string) {
    return brokerAuthorisation(
      await this.authorisationsOf(enterpriseOrgId),
      { enterpriseOrgId, agentOrgId: brokerOrgId },
      this.today,
    );
  }

  async loadAdjustments(enterpriseOrgIds: Iterable<string>): Promise<boolean> {
    let changed = false;
    for (const id of enterpriseOrgIds) {
      if (this.adjustments.has(id)) continue;
      const found = await this.store.matchFeedback.get(id);
      this.adjustments.set(id, found);
      if (Object.keys(found.penalisedIpc).length > 0 || found.excludedListings.length > 0) changed = true;
    }
    return changed;
  }

  pushSettings(brokerOrgId: string) {
    let settings = this.settings.get(brokerOrgId);
    if (!settings) {
      settings = this.store.pushSettings.get(brokerOrgId);
      this.settings.set(brokerOrgId, settings);
    }
    return settings;
  }
}

/** Matches read back to withdraw their proposals: more than any listing or need is kept with. */
const CLEAR_LIMIT = 1000;

/** Refusals an automatic push meets in the normal course: already pushed lately, cap reached, unsubscribed. */
const isRefusal = (error: unknown) =>
  error instanceof StoreConflictError || (error as { status?: number } | null)?.status === 409;

/**
 * Turns the engine's results into what is stored: the matches (score and explanation), one proposal per
 * broker serving the enterprise, and automatic pushes for brokers that opted in above their threshold.
 * Writing the same results twice stores the same items (`at` is the change's time, not the clock's).
 */
export class MatchWriter {
  constructor(private readonly options: MatchWriterOptions) {}

  /** A fresh set of lookups: one per stream record, or per full run. */
  lookups(): Lookups {
    return new Lookups(this.options.store, isoDateInChina(this.options.now()));
  }

  /** Need → its top listings; replaces the need's stored matches. */
  async forNeed(need: NeedFeatures, at: string, lookups = this.lookups()): Promise<number> {
    const { state, store } = this.options;
    await lookups.loadAdjustments([need.enterpriseOrgId]);
    const engine = await state.engine();
    const results = engine.matchNeed(need, {
      limit: MATCH_TOP_K,
      adjustments: lookups.adjustments.get(need.enterpriseOrgId) ?? NO_ADJUSTMENTS,
    });
    const records = await this.records(
      results.map((result) => ({ needId: need.id, listingId: result.id, result })),
      at,
      lookups,
    );
    await store.matches.replaceForNeed(need.id, records);
    await this.propose(records, at, lookups);
    return records.length;
  }

  /**
   * Removes what is stored for a need that can no longer be matched (closed, fulfilled, back to draft):
   * its matches, and its proposals still waiting in brokers' queues.
   */
  async clearNeed(needId: string, lookups = this.lookups()): Promise<void> {
    const { store } = this.options;
    const stale = await store.matches.listByNeed(needId, CLEAR_LIMIT);
    await store.matches.removeNeed(needId);
    await this.withdrawProposals(stale, lookups);
  }

  /** The same for a listing withdrawn, expired or suspended (bundles: `bundle:<id>`). */
  async clearListing(listingId: string, lookups = this.lookups()): Promise<void> {
    const { store } = this.options;
    const stale = await store.matches.listByListing(listingId, CLEAR_LIMIT);
    await store.matches.removeListing(listingId);
    await this.withdrawProposals(stale, lookups);
  }

  private async withdrawProposals(records: MatchRecord[], lookups: Lookups): Promise<void> {
    for (const record of records) {
      const brokers = await lookups.brokersOf({
        enterpriseOrgId: record.enterpriseOrgId,
        collectedByOrgId: this.options.state.need(record.needId)?.collectedByOrgId,
      });
      await Promise.all(
        brokers.map((broker) =>
          this.options.store.proposals.withdraw(broker, record.needId, record.listingId),
        ),
      );
    }
  }

  /** Listing → its top needs; adds (or refreshes) those pairs, leaving the listing's other matches alone. */
  async forListing(listing: ListingFeatures, at: string, lookups = this.lookups()): Promise<number> {
    const { state, store } = this.options;
    const engine = await state.engine();
    const run = () =>
      engine.matchListing(listing, {
        limit: MATCH_TOP_K,
        adjustmentsFor: (enterpriseOrgId) => lookups.adjustments.get(enterpriseOrgId),
      });
    let results = run();
    // The engine asks for adjustments synchronously: load those of the enterprises found, and rank again if any.
    for (let round = 0; round < 3; round++) {
      const enterprises = results.flatMap((r) => state.need(r.id)?.enterpriseOrgId ?? []);
      if (!(await lookups.loadAdjustments(enterprises))) break;
      results = run();
    }
    const records = await this.records(
      results.map((result) => ({ needId: result.id, listingId: listing.id, result })),
      at,
      lookups,
    );
    await store.matches.upsertForListing(listing.id, records);
    await this.propose(records, at, lookups);
    return records.length;
  }

  private async records(
    pairs: Array<{ needId: string; listingId: string; result: MatchResult }>,
    at: string,
    lookups: Lookups,
  ): Promise<MatchRecord[]> {
    const { state, engineVersion } = this.options;
    const records: MatchRecord[] = [];
    for (const { needId, listingId, result } of pairs) {
      const need = state.need(needId);
      const listing = state.listing(listingId);
      if (!need || !listing) continue;
      const enterprise = await lookups.org(need.enterpriseOrgId);
      records.push({
        needId,
        listingId,
        listingKind: listing.kind,
        enterpriseOrgId: need.enterpriseOrgId,
        enterpriseName: enterprise?.name ?? '',
        needTitle: need.title,
        listingTitle: listing.title,
        holderName: listing.holderName,
        score: result.score,
        explanation: result.explanation,
        computedAt: at,
        engineVersion,
      });
    }
    return records;
  }

  /** One proposal per broker of each match's enterprise, then the automatic pushes, best match first. */
  private async propose(records: MatchRecord[], at: string, lookups: Lookups): Promise<void> {
    const { store } = this.options;
    const proposals: ProposalInput[] = [];
    for (const record of records) {
      const need = this.options.state.need(record.needId);
      const brokers = await lookups.brokersOf({
        enterpriseOrgId: record.enterpriseOrgId,
        collectedByOrgId: need?.collectedByOrgId,
      });
      for (const brokerOrgId of brokers) {
        const { computedAt: _computedAt, engineVersion: _engineVersion, ...match } = record;
        proposals.push({ ...match, id: proposalId(record.needId, record.listingId), brokerOrgId });
      }
    }
    if (proposals.length === 0) return;
    await store.proposals.upsert(proposals, new Date(at));
    await this.autoPush(proposals, lookups);
  }

  private async autoPush(proposals: ProposalInput[], lookups: Lookups): Promise<void> {
    const { store, now, dedupeDays, log } = this.options;
    const best = [...proposals].sort((a, b) => b.score - a.score);
    for (const input of best) {
      const settings = await lookups.pushSettings(input.brokerOrgId);
      if (!settings.autoPush || input.score < settings.autoPushThreshold) continue;
      const proposal = await store.proposals.get(input.brokerOrgId, input.id);
      if (proposal?.status !== 'proposed') continue;
      // Pushed under the broker's live authorisation, which the approval's transaction checks again.
      const standing = await lookups.standing(proposal.enterpriseOrgId, input.brokerOrgId);
      if (standing.kind === 'lapsed') continue;
      const broker = await lookups.org(input.brokerOrgId);
      try {
        await store.pushes.approve({
          proposal,
          ...(standing.kind === 'live' ? { authorisation: standing.authorisation } : {}),
          brokerUserId: 'auto',
          brokerName: broker?.name ?? '',
          brokerType: pushBrokerType(broker?.type),
          now: now(),
          dedupeDays,
        });
      } catch (error) {
        if (!isRefusal(error)) throw error;
        log?.({
          level: 'info',
          msg: 'auto-push refused',
          proposal: input.id,
          broker: input.brokerOrgId,
          reason: String(error),
        });
      }
    }
  }
}
