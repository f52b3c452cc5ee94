import * as z from 'zod/mini';
import { NeedBudgetSchema } from '../need/need.ts';
import { ContactSchema } from '../organisation/organisation.ts';
import { RegionCodeSchema } from '../validation/region-code.ts';
import { cleanTextFields } from '../validation/text.ts';

/**
 * 成果转化需求: what a university looks for to carry one of its published listings (or a bundle it holds or
 * organises) to market — a pilot-scale partner, a manufacturer, a co-developer or an investor.
 */
export const CONVERSION_NEED_KINDS = [
  'pilot_scale',
  'manufacturing',
  'co_development',
  'investment',
] as const;
export const ConversionNeedKindSchema = z.enum(CONVERSION_NEED_KINDS, {
  error:
    '请选择需求类型：中试合作、产业化/生产合作、合作开发或投融资 / kind must be pilot_scale, manufacturing, co_development or investment',
});
export type ConversionNeedKind = z.infer<typeof ConversionNeedKindSchema>;

export const CONVERSION_NEED_KIND_LABELS: Readonly<Record<ConversionNeedKind, string>> = {
  pilot_scale: '中试合作',
  manufacturing: '产业化/生产合作',
  co_development: '合作开发',
  investment: '投融资',
};

export const CONVERSION_NEED_STATUSES = ['open', 'answered', 'closed', 'withdrawn'] as const;
export const ConversionNeedStatusSchema = z.enum(CONVERSION_NEED_STATUSES);
export type ConversionNeedStatus = z.infer<typeof ConversionNeedStatusSchema>;

export const CONVERSION_NEED_STATUS_LABELS: Readonly<Record<ConversionNeedStatus, string>> = {
  open: '征集中',
  answered: '已有回应',
  closed: '已截止',
  withdrawn: '已撤回',
};

/** A trimmed string of `min`–`max` characters whose messages name the field in both languages. */
function text(zh: string, en: string, min: number, max: number) {
  return z
    .string({ error: `请填写${zh} / ${en} is required` })
    .check(
      z.trim(),
      z.minLength(
        min,
        min === 1
          ? `请填写${zh} / ${en} is required`
          : `${zh}至少 ${min} 个字 / ${en} must have at least ${min} characters`,
      ),
      z.maxLength(max, `${zh}不能超过 ${max} 个字 / ${en} must have at most ${max} characters`),
    );
}

const IdSchema = (zh: string, en: string) =>
  z.string({ error: `${zh}无效 / ${en} must be a string` }).check(z.trim(), z.minLength(1), z.maxLength(60));

/** What the university posts on; exactly one of a published declaration (listing) or a bundle. */
export const ConversionNeedInputSchema = z
  .object({
    declarationId: z.optional(IdSchema('成果编号', 'declarationId')),
    bundleId: z.optional(IdSchema('专利包编号', 'bundleId')),
    kind: ConversionNeedKindSchema,
    description: text('需求描述', 'description', 10, 2000),
    /** What the university brings: samples, a team, test data, a share of the rights… */
    offer: text('我方可提供', 'offer', 1, 1000),
    regionCode: RegionCodeSchema,
    budget: z.optional(NeedBudgetSchema),
    closingDate: z.iso.date({
      error: '截止日期应为 YYYY-MM-DD 格式的有效日期 / closingDate must be a real date in YYYY-MM-DD form',
    }),
  })
  .check(
    z.refine((input) => (input.declarationId === undefined) !== (input.bundleId === undefined), {
      path: ['declarationId'],
      message:
        '请选择一项已公告的开放许可成果或一个专利包，二选一 / give declarationId or bundleId, exactly one',
    }),
    z.superRefine(cleanTextFields({ multiline: ['description', 'offer'] })),
  );
export type ConversionNeedInput = z.infer<typeof ConversionNeedInputSchema>;

/** An enterprise's answer: a short message and whom to contact. */
export const ConversionAnswerInputSchema = z
  .object({
    message: text('回应内容', 'message', 2, 500),
    contact: ContactSchema,
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['message'] })));
export type ConversionAnswerInput = z.infer<typeof ConversionAnswerInputSchema>;

/** The patents a conversion need is about, as the listing or bundle named them when it was posted. */
export const ConversionSubjectSchema = z.object({
  kind: z.enum(['listing', 'bundle']),
  /** The declaration id (a listing) or the bundle id. */
  id: z.string(),
  title: z.string(),
  patents: z.array(z.object({ number: z.string(), title: z.string(), holderOrgId: z.string() })),
});
export type ConversionSubject = z.infer<typeof ConversionSubjectSchema>;

export const ConversionNeedSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: ConversionNeedKindSchema,
  status: ConversionNeedStatusSchema,
  subject: ConversionSubjectSchema,
  posterOrgId: z.string(),
  posterName: z.string(),
  description: z.string(),
  offer: z.string(),
  regionCode: z.string(),
  budget: z.optional(NeedBudgetSchema),
  closingDate: z.string(),
  answerCount: z.int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  version: z.int().check(z.positive()),
});
export type ConversionNeed = z.infer<typeof ConversionNeedSchema>;

/** One enterprise's answer, and the deal (at stage `lead`) it opened with the university. */
export const ConversionAnswerSchema = z.object({
  needId: z.string(),
  enterpriseOrgId: z.string(),
  enterpriseName: z.string(),
  message: z.string(),
  contact: ContactSchema,
  dealId: z.string(),
  at: z.string(),
  by: z.string(),
});
export type ConversionAnswer = z.infer<typeof ConversionAnswerSchema>;
