import * as z from 'zod/mini';
import { DomainError } from '../errors.ts';
import { dateOutOfRange, patentDateRange } from '../validation/date-range.ts';
import { IpcSchema } from '../validation/ipc.ts';
import { PatentNumberSchema, type PatentType, parsePatentNumber } from '../validation/patent-number.ts';
import { patentExpiry } from '../validation/patent-term.ts';
import { cleanTextFields } from '../validation/text.ts';
import { IsoDateSchema, isoDateInChina } from './iso-date.ts';

/** Order-preserving de-duplication, so re-importing the same list is idempotent. */
const unique = <T>(items: T[]): T[] => [...new Set(items)];

const tag = (field: string, max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, `${field}不能为空 / ${field} entries must not be empty`),
      z.maxLength(max, `${field}不能超过 ${max} 个字 / ${field} entries are at most ${max} characters`),
    );

export const PatentLegalStatusSchema = z.object({
  /** `late_window`: the fee is overdue but still payable with a surcharge in the 6-month grace period. */
  annualFee: z.enum(['paid', 'late_window', 'lapsed'], {
    error: '请选择年费状态 / choose the annual fee status',
  }),
  pledge: z.optional(
    z.object({
      pledgee: z
        .string()
        .check(z.trim(), z.minLength(1, '请填写质权人 / pledgee is required'), z.maxLength(200)),
      pledgeeConsented: z.boolean(),
    }),
  ),
  exclusiveLicence: z.optional(z.object({ kind: z.enum(['exclusive', 'sole']), until: IsoDateSchema })),
  /** Suspended for an ownership dispute or a court preservation order (中止程序). */
  proceedingsSuspended: z._default(z.boolean(), false),
  invalidated: z.optional(z.boolean()),
});
export type PatentLegalStatus = z.infer<typeof PatentLegalStatusSchema>;

export const PatenteeSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, '请填写专利权人名称 / patentee name is required'), z.maxLength(100)),
  /** Set when the patentee is an organisation on the platform. */
  orgId: z.optional(z.string().check(z.minLength(1))),
});
export type Patentee = z.infer<typeof PatenteeSchema>;

export const EvaluationReportSchema = z.object({
  reference: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, '请填写评价报告编号 / evaluation report reference is required'),
      z.maxLength(100),
    ),
  conclusion: z.enum(['favourable', 'unfavourable'], {
    error: '请选择评价报告结论 / choose the evaluation report conclusion',
  }),
  date: z.optional(IsoDateSchema),
});
export type EvaluationReport = z.infer<typeof EvaluationReportSchema>;

/** Fields a user submits or imports; everything else on a patent is derived or stored. */
const patentInputShape = {
  number: PatentNumberSchema,
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, '请填写专利名称 / title is required'),
      z.maxLength(200, '专利名称不能超过 200 个字 / title is at most 200 characters'),
    ),
  abstract: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(2000, '摘要不能超过 2000 个字 / abstract is at most 2000 characters')),
  ),
  keywords: z.pipe(
    z._default(z.array(tag('关键词 keywords', 50)).check(z.maxLength(30)), []),
    z.transform(unique),
  ),
  industryChains: z.pipe(
    z._default(z.array(tag('产业链 industryChains', 50)).check(z.maxLength(20)), []),
    z.transform(unique),
  ),
  ipc: z.pipe(z._default(z.array(IpcSchema).check(z.maxLength(50)), []), z.transform(unique)),
  patentees: z.array(PatenteeSchema).check(
    z.minLength(1, '至少填写一个专利权人 / at least one patentee is required'),
    z.maxLength(50),
    z.refine((patentees) => new Set(patentees.map((p) => p.name)).size === patentees.length, {
      message: '专利权人不能重复 / patentees must not repeat',
    }),
  ),
  inventors: z._default(z.array(tag('发明人 inventors', 50)).check(z.maxLength(100)), []),
  filingDate: IsoDateSchema,
  grantDate: z.optional(IsoDateSchema),
  legal: PatentLegalStatusSchema,
  /** A reduction the holder already has, e.g. 85 (% off) for individuals and small firms. */
  feeReductionPercent: z.optional(
    z
      .number()
      .check(
        z.gte(0, '年费减缴比例应在 0–100 之间 / feeReductionPercent must be 0 to 100'),
        z.lte(100, '年费减缴比例应在 0–100 之间 / feeReductionPercent must be 0 to 100'),
      ),
  ),
  /** 专利权评价报告, for utility models and designs. */
  evaluationReport: z.optional(EvaluationReportSchema),
};

const PATENT_INPUT_KEYS = Object.keys(patentInputShape) as (keyof typeof patentInputShape)[];

type DatedInput = { number: string; filingDate: string; grantDate?: string | undefined };

function checkDates(patent: DatedInput, ctx: z.core.$RefinementCtx): void {
  if (patent.grantDate !== undefined && patent.grantDate < patent.filingDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['grantDate'],
      message: '授权日不能早于申请日 / grant date is before filing date',
    });
  }
  // Divisional and PCT national-phase numbers carry a later year than the filing date, never an earlier one.
  const parsed = parsePatentNumber(patent.number);
  if (parsed.ok && Number(patent.filingDate.slice(0, 4)) > parsed.value.filingYear) {
    ctx.addIssue({
      code: 'custom',
      path: ['filingDate'],
      message: `申请日晚于专利号所示年份 ${parsed.value.filingYear} / filing date is after the year in the patent number`,
    });
  }
}

/** Filing and grant dates someone types lie between the Patent Law's start (1985-04-01) and today. */
function checkDateRanges(patent: DatedInput, ctx: z.core.$RefinementCtx): void {
  const range = patentDateRange(isoDateInChina(new Date()));
  const filing = dateOutOfRange(patent.filingDate, range, ['申请日', 'filingDate']);
  if (filing) ctx.addIssue({ code: 'custom', path: ['filingDate'], message: filing });
  const grant = patent.grantDate && dateOutOfRange(patent.grantDate, range, ['授权日', 'grantDate']);
  if (grant) ctx.addIssue({ code: 'custom', path: ['grantDate'], message: grant });
}

/**
 * What a user submits or imports for the patent ledger (专利台账): clean text, dates in range. The
 * stored record (`PatentSchema`) keeps only the rules that cannot change as time passes.
 */
export const PatentInputSchema = z
  .object(patentInputShape)
  .check(
    z.superRefine(checkDates),
    z.superRefine(checkDateRanges),
    z.superRefine(cleanTextFields({ multiline: ['abstract'] })),
  );
export type PatentInput = z.infer<typeof PatentInputSchema>;

export const PatentTypeSchema = z.enum(['invention', 'utility_model', 'design']);

/** A ledger record as stored: the input plus what is derived from it. */
export const PatentSchema = z
  .object({
    ...patentInputShape,
    type: PatentTypeSchema,
    expiryDate: IsoDateSchema,
    holderOrgId: z.string().check(z.minLength(1)),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.superRefine(checkDates));
export type Patent = z.infer<typeof PatentSchema>;

function derive(input: PatentInput): { type: PatentType; expiryDate: string } {
  const parsed = parsePatentNumber(input.number);
  const expiryDate = parsed.ok ? patentExpiry(parsed.value.type, input.filingDate) : null;
  if (!parsed.ok || expiryDate === null) {
    throw new DomainError(
      'invalid_patent',
      '专利号或申请日无效 / patent number or filing date is not valid',
      422,
    );
  }
  return { type: parsed.value.type, expiryDate };
}

/**
 * Builds a new ledger record from parsed input: the type comes from the number, the expiry from the
 * type and filing date.
 *
 * @example toPatent(PatentInputSchema.parse(body), orgId, now).expiryDate // '2037-07-25'
 */
export function toPatent(input: PatentInput, holderOrgId: string, at: string): Patent {
  return { ...input, ...derive(input), holderOrgId, createdAt: at, updatedAt: at, version: 1 };
}

/** Replaces the user-editable fields of a record; the number identifies the patent and cannot change. */
export function updatePatent(patent: Patent, input: PatentInput, at: string): Patent {
  if (input.number !== patent.number) {
    throw new DomainError('number_mismatch', '专利号不能修改 / the patent number cannot change', 409);
  }
  const { holderOrgId, createdAt, version } = patent;
  return { ...input, ...derive(input), holderOrgId, createdAt, updatedAt: at, version: version + 1 };
}

export type NotInForceReason = 'not_granted' | 'expired' | 'lapsed' | 'invalidated';

/**
 * Whether the patent right exists on `today`. A fee in the late window does not end the right yet;
 * a lapsed fee does. Reasons are checked in the order: not granted, invalidated, expired, lapsed.
 */
export function patentInForce(
  patent: Pick<Patent, 'grantDate' | 'expiryDate' | 'legal'>,
  today: string,
): { inForce: boolean; reason?: NotInForceReason } {
  if (patent.grantDate === undefined || patent.grantDate > today)
    return { inForce: false, reason: 'not_granted' };
  if (patent.legal.invalidated === true) return { inForce: false, reason: 'invalidated' };
  if (patent.expiryDate < today) return { inForce: false, reason: 'expired' };
  if (patent.legal.annualFee === 'lapsed') return { inForce: false, reason: 'lapsed' };
  return { inForce: true };
}

/** JSON with sorted keys and undefined dropped, so key order and absent-vs-undefined do not matter. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const inputFields = (patent: PatentInput | Patent) =>
  stableJson(Object.fromEntries(PATENT_INPUT_KEYS.map((key) => [key, patent[key]])));

/**
 * True when every user-editable field is equal, so an import can skip an unchanged row. Both sides are
 * expected to be parsed (canonical numbers and IPC codes); array order counts.
 */
export function samePatentContent(a: PatentInput | Patent, b: PatentInput | Patent): boolean {
  return inputFields(a) === inputFields(b);
}
