import type { Requester } from './client.ts';
import type { Patentee, PatentType } from './patents.ts';
import {
  type ExpectedVolume,
  type ExpectedVolumes,
  type LicencePeriod,
  type Royalty,
  type RoyaltyBase,
  type RoyaltyEstimate,
  type RoyaltyMethod,
  volumesQuery,
} from './royalty.ts';
import type { Contact, OrgType } from './types.ts';

/** Wire types of the public catalogue (公开目录), served without sign-in by `/api/listings`. */
export interface ListingFilters {
  /** Keywords; Chinese is segmented and results ranked by relevance. */
  q?: string;
  /** IPC at any level: `H`, `H01`, `H01M`, `H01M 10/00`, `H01M 10/052`. */
  ipc?: string;
  industryChain?: string;
  patentType?: PatentType;
  royaltyMethod?: RoyaltyMethod;
  /** The fixed part of the price (lump sum, entry fee or instalments' total), in fen. */
  minPriceFen?: number;
  maxPriceFen?: number;
  /** The holder organisation's id. */
  holder?: string;
  /** A region code or its prefix: province `43`, city `4301`, county `430102`. */
  region?: string;
}

export interface ListingHolder {
  orgId: string;
  name: string;
  regionCode: string;
  type: OrgType;
}

/** What a catalogue row shows of a royalty; the full terms are on the detail page. */
export interface RoyaltySummary {
  method: RoyaltyMethod;
  /** The lump sum, the entry fee or the instalments' total; 0 when free or running only. */
  fixedFen: number;
  base?: RoyaltyBase;
  ratePercent?: number;
  perUnitFen?: number;
  instalments?: number;
}

export interface ListingCard {
  id: string;
  patentNumber: string;
  title: string;
  patentType: PatentType;
  holder: ListingHolder;
  industryChains: string[];
  ipc: string[];
  royalty: RoyaltySummary;
  period: LicencePeriod;
  lapseDate: string;
  publishedAt: string;
  /** Keyword searches only: the query words (or synonyms) this listing matched. */
  matched?: string[];
}

export interface ListingPage {
  items: ListingCard[];
  next?: string;
  total: number;
}

/** The declaration as published (Regs Art 85) with the catalogue's copy of the patent. */
export interface PublishedDeclaration {
  id: string;
  patentNumber: string;
  patentType: PatentType;
  title: string;
  abstract?: string;
  keywords: string[];
  ipc: string[];
  industryChains: string[];
  patentExpiryDate: string;
  lapseDate: string;
  patentees: Patentee[];
  royalty: Royalty;
  royaltyEstimationNote: string;
  period: LicencePeriod;
  scope: string;
  territory: string;
  contact: Contact;
  evaluationReport?: { reference: string; conclusion?: 'favourable' | 'unfavourable'; date?: string };
  publishedAt: string;
}

export interface ListingDetail {
  declaration: PublishedDeclaration;
  holder: ListingHolder;
  /** The holder's promotional text: never part of the declaration. */
  marketingText?: string;
  calculatorInputs: ExpectedVolume[];
  annualFee: { percent: number; source: 'open_licence' | 'existing' | 'none'; note: string };
}

const path = (id: string) => `/api/listings/${encodeURIComponent(id)}`;

/** An industry chain of the published catalogue and how many listings in force name it. */
export interface ChainCount {
  chain: string;
  count: number;
}

export function listingsApi(request: Requester) {
  return {
    /** The chains the catalogue's listings name, most listings first: the chain filter's choices. */
    industryChains: () => request<{ items: ChainCount[] }>('/api/listings/industry-chains'),
    search: (filters: ListingFilters, cursor?: string, limit = 20) => {
      const query = new URLSearchParams({ limit: String(limit) });
      for (const [key, value] of Object.entries(filters))
        if (value !== undefined && String(value).trim() !== '') query.set(key, String(value).trim());
      if (cursor) query.set('cursor', cursor);
      return request<ListingPage>(`/api/listings?${query}`);
    },
    get: (id: string) => request<ListingDetail>(path(id)),
    royalty: (id: string, volumes: ExpectedVolumes) =>
      request<RoyaltyEstimate>(`${path(id)}/royalty${volumesQuery(volumes)}`),
  };
}

export type ListingsApi = ReturnType<typeof listingsApi>;
