import {
  type AnnualFeeReduction,
  annualFeeReduction,
  type DeclarationRecord,
  DomainError,
  type ExpectedVolume,
  isoDateInChina,
  type Patent,
  volumesNeeded,
} from '@openlicense/domain';
import type { AppDeps } from '../deps.ts';

/** The declaration as published: the statutory text (Regs Art 85) and the catalogue's copy of the patent. */
export interface PublishedDeclaration {
  id: string;
  patentNumber: string;
  patentType: DeclarationRecord['patentType'];
  title: string;
  abstract?: string;
  keywords: string[];
  ipc: string[];
  industryChains: string[];
  patentExpiryDate: string;
  lapseDate: string;
  patentees: DeclarationRecord['patentees'];
  royalty: DeclarationRecord['royalty'];
  royaltyEstimationNote: string;
  period: DeclarationRecord['period'];
  scope: string;
  territory: string;
  contact: DeclarationRecord['contact'];
  /** 专利权评价报告 of a utility model or design, with the conclusion the ledger records. */
  evaluationReport?: { reference: string; conclusion?: 'favourable' | 'unfavourable'; date?: string };
  publishedAt: string;
}

export interface ListingDetail {
  declaration: PublishedDeclaration;
  holder: {
    orgId: string;
    name: string;
    regionCode: string;
    type: DeclarationRecord['listing']['holderType'];
  };
  /** The holder's own promotional text: never part of the declaration. */
  marketingText?: string;
  /** The estimates the royalty calculator needs from a licensee (none for a fixed price). */
  calculatorInputs: ExpectedVolume[];
  /** The annual-fee effect of the published declaration for the holder. */
  annualFee: AnnualFeeReduction;
}

const NOT_LISTED = () =>
  new DomainError('not_found', '未找到该开放许可信息 / no published listing with this id', 404);

/** A declaration that is published and still in force today; anything else is not found. */
export async function loadListed(deps: AppDeps, id: string): Promise<DeclarationRecord> {
  const record = await deps.store.declarations.get(id);
  if (record?.status !== 'published' || record.listing.lapseDate < isoDateInChina(deps.now()))
    throw NOT_LISTED();
  return record;
}

function evaluationReport(record: DeclarationRecord, patent: Patent | undefined) {
  const reference = record.evaluationReportReference;
  if (reference === undefined) return {};
  const report = patent?.evaluationReport;
  if (report?.reference !== reference) return { evaluationReport: { reference } };
  return {
    evaluationReport: {
      reference,
      conclusion: report.conclusion,
      ...(report.date === undefined ? {} : { date: report.date }),
    },
  };
}

/** The public detail page of a listing: the declaration as published, its holder, calculator and fee note. */
export async function listingDetail(deps: AppDeps, record: DeclarationRecord): Promise<ListingDetail> {
  const stored = await deps.store.patents.get(record.patentNumber);
  const patent = stored?.holderOrgId === record.holderOrgId ? stored : undefined;
  const { listing } = record;
  return {
    declaration: {
      id: record.id,
      patentNumber: record.patentNumber,
      patentType: record.patentType,
      title: listing.title,
      ...(listing.abstract === undefined ? {} : { abstract: listing.abstract }),
      keywords: listing.keywords,
      ipc: listing.ipc,
      industryChains: listing.industryChains,
      patentExpiryDate: listing.patentExpiryDate,
      lapseDate: listing.lapseDate,
      patentees: record.patentees,
      royalty: record.royalty,
      royaltyEstimationNote: record.royaltyEstimationNote,
      period: record.period,
      scope: record.scope,
      territory: record.territory,
      contact: record.contact,
      ...evaluationReport(record, patent),
      publishedAt: record.publishedAt ?? record.updatedAt,
    },
    holder: {
      orgId: record.holderOrgId,
      name: listing.holderName,
      regionCode: listing.holderRegionCode,
      type: listing.holderType,
    },
    ...(record.marketingText === undefined ? {} : { marketingText: record.marketingText }),
    calculatorInputs: volumesNeeded(record.royalty),
    annualFee: annualFeeReduction(patent ?? {}, true),
  };
}
