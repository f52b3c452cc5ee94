import * as z from 'zod/mini';
import { OrgTypeSchema } from '../organisation/org-types.ts';
import type { Org } from '../organisation/organisation.ts';
import { IsoDateSchema } from '../patent/iso-date.ts';
import type { Patent } from '../patent/patent.ts';
import { type Declaration, DeclarationSchema } from './declaration.ts';
import type { LicencePeriod } from './licence-period.ts';

/**
 * What the public catalogue filters on and shows, copied onto every declaration when it is written, so a
 * catalogue page is one query with no second read. The patent type, royalty and period are on the
 * declaration itself.
 */
export const ListingSummarySchema = z.object({
  /** 专利名称 */
  title: z.string(),
  abstract: z.optional(z.string()),
  keywords: z.array(z.string()),
  /** Canonical IPC codes, e.g. `H01M 4/525`. */
  ipc: z.array(z.string()),
  industryChains: z.array(z.string()),
  patentExpiryDate: IsoDateSchema,
  /** The day after which the declaration lapses: the earlier of the period's end and the patent's expiry. */
  lapseDate: IsoDateSchema,
  holderName: z.string(),
  /** 行政区划代码 of the holder, e.g. `430100`. */
  holderRegionCode: z.string(),
  holderType: OrgTypeSchema,
});
export type ListingSummary = z.infer<typeof ListingSummarySchema>;

/** A declaration as stored and read: its terms plus the catalogue's copy of its patent and holder. */
export type DeclarationRecord = Declaration & { listing: ListingSummary };
export const DeclarationRecordSchema = z.intersection(
  DeclarationSchema,
  z.object({ listing: ListingSummarySchema }),
);

/** The earlier of the licence period's end and the patent's expiry. */
export function lapseDate(period: LicencePeriod, patentExpiryDate: string): string {
  return period.end < patentExpiryDate ? period.end : patentExpiryDate;
}

/**
 * The catalogue's copy of `patent` and `holder` for a declaration over `period`.
 *
 * @example listingSummary(patent, holderOrg, declaration.period).lapseDate // '2028-06-30'
 */
export function listingSummary(
  patent: Pick<Patent, 'title' | 'abstract' | 'keywords' | 'ipc' | 'industryChains' | 'expiryDate'>,
  holder: Pick<Org, 'name' | 'regionCode' | 'type'>,
  period: LicencePeriod,
): ListingSummary {
  return {
    title: patent.title,
    ...(patent.abstract === undefined ? {} : { abstract: patent.abstract }),
    keywords: patent.keywords,
    ipc: patent.ipc,
    industryChains: patent.industryChains,
    patentExpiryDate: patent.expiryDate,
    lapseDate: lapseDate(period, patent.expiryDate),
    holderName: holder.name,
    holderRegionCode: holder.regionCode,
    holderType: holder.type,
  };
}
