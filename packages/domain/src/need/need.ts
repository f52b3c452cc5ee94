import * as z from 'zod/mini';
import { ContactSchema } from '../organisation/organisation.ts';
import { dateWithin, needDeadlineRange } from '../validation/date-range.ts';
import { IpcSchema } from '../validation/ipc.ts';
import { FenSchema } from '../validation/money.ts';
import { RegionCodeSchema } from '../validation/region-code.ts';
import { cleanTextFields } from '../validation/text.ts';

/** How the enterprise is willing to take in a technology. */
export const DEAL_TYPES = [
  'open_license',
  'ordinary_license',
  'exclusive_license',
  'transfer',
  'equity',
  'joint_development',
] as const;
export const DealTypeSchema = z.enum(DEAL_TYPES, {
  error: '合作方式无效 / unknown deal type',
});
export type DealType = z.infer<typeof DealTypeSchema>;

export const DEAL_TYPE_LABELS: Readonly<Record<DealType, string>> = {
  open_license: '开放许可',
  ordinary_license: '普通许可',
  exclusive_license: '独占许可',
  transfer: '转让',
  equity: '作价入股',
  joint_development: '合作开发',
};

/** `agencies`: only approved service agencies and industrial parks (and the IP office) see it. */
export const NEED_VISIBILITIES = ['public', 'agencies', 'private'] as const;
export const NeedVisibilitySchema = z.enum(NEED_VISIBILITIES, {
  error: '可见范围应为 public、agencies 或 private / visibility must be public, agencies or private',
});
export type NeedVisibility = z.infer<typeof NeedVisibilitySchema>;

export const VISIBILITY_LABELS: Readonly<Record<NeedVisibility, string>> = {
  public: '公开',
  agencies: '仅服务机构和园区可见',
  private: '仅本企业及受托机构可见',
};

export const NEED_STATUSES = ['draft', 'open', 'matched', 'in_negotiation', 'fulfilled', 'closed'] as const;
export const NeedStatusSchema = z.enum(NEED_STATUSES);
export type NeedStatus = z.infer<typeof NeedStatusSchema>;

export const NEED_STATUS_LABELS: Readonly<Record<NeedStatus, string>> = {
  draft: '草稿',
  open: '已发布',
  matched: '已匹配',
  in_negotiation: '洽谈中',
  fulfilled: '已解决',
  closed: '已关闭',
};

/** Keeps the first occurrence of each value, so re-submitting the same list is stable. */
const unique = <T>(values: T[]): T[] => [...new Set(values)];

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

export const NeedBudgetSchema = z.object({ minFen: FenSchema, maxFen: FenSchema }).check(
  z.refine((budget) => budget.minFen <= budget.maxFen, {
    message: '预算下限不能高于上限 / budget minimum must not exceed the maximum',
    path: ['maxFen'],
  }),
);
export type NeedBudget = z.infer<typeof NeedBudgetSchema>;

const needInputObject = z.object({
  title: text('需求名称', 'title', 4, 100),
  /** The problem to solve and the current state of the art in the enterprise. */
  description: text('需求描述', 'description', 1, 3000),
  /** 预期目标 / 技术指标: measurable items a solution must meet. May be empty in a draft. */
  targets: z
    .array(text('技术指标', 'target', 1, 200), { error: '技术指标应为列表 / targets must be a list' })
    .check(z.maxLength(20, '技术指标最多 20 项 / at most 20 targets')),
  industryChains: z.pipe(
    z
      .array(text('产业链', 'industry chain', 1, 50), {
        error: '产业链应为列表 / industryChains must be a list',
      })
      .check(z.maxLength(10, '产业链最多 10 个 / at most 10 industry chains')),
    z.transform(unique),
  ),
  /** Canonical IPC symbols, duplicates (after canonicalisation) removed. */
  ipc: z.optional(
    z.pipe(
      z
        .array(IpcSchema, { error: 'IPC分类号应为列表 / ipc must be a list' })
        .check(z.maxLength(20, 'IPC分类号最多 20 个 / at most 20 IPC codes')),
      z.transform(unique),
    ),
  ),
  budget: z.optional(NeedBudgetSchema),
  dealTypes: z.pipe(
    z
      .array(DealTypeSchema, { error: '请选择合作方式 / dealTypes is required' })
      .check(z.minLength(1, '请至少选择一种合作方式 / choose at least one deal type')),
    z.transform(unique),
  ),
  /** Technology readiness level (TRL) the enterprise wants the solution to have reached. */
  readiness: z.optional(
    z
      .int({ error: '技术成熟度应为 1–9 的整数 / readiness must be a whole TRL from 1 to 9' })
      .check(
        z.gte(1, '技术成熟度应为 1–9 的整数 / readiness must be a whole TRL from 1 to 9'),
        z.lte(9, '技术成熟度应为 1–9 的整数 / readiness must be a whole TRL from 1 to 9'),
      ),
  ),
  deadline: z
    .optional(
      z.iso.date({
        error: '截止日期应为 YYYY-MM-DD 格式的有效日期 / deadline must be a real date in YYYY-MM-DD form',
      }),
    )
    .check(
      z.superRefine(
        dateWithin((today) => ({ latest: needDeadlineRange(today).latest }), ['截止日期', 'deadline']),
      ),
    ),
  regionCode: RegionCodeSchema,
  contact: ContactSchema,
  visibility: NeedVisibilitySchema,
  /** The importer's own reference, so importing the same sheet twice updates rather than duplicates. */
  clientRef: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, '导入编号不能为空 / clientRef must not be blank'),
        z.maxLength(64, '导入编号不能超过 64 个字符 / clientRef must have at most 64 characters'),
      ),
  ),
});

/**
 * What an enterprise, or an agency or park collecting for it, fills in for a technology need (技术需求):
 * clean text (`cleanTextFields`), a deadline at most ten years ahead (that it is not past is the edge's
 * check, with the request's clock: a stored need's deadline passes).
 */
export const NeedInputSchema = needInputObject.check(
  z.superRefine(cleanTextFields({ multiline: ['description'] })),
);
export type NeedInput = z.infer<typeof NeedInputSchema>;

/** A need as stored: read without the input's text hygiene, so a record from before it still reads. */
export const NeedSchema = z.extend(needInputObject, {
  id: z.string(),
  /** The enterprise whose need it is. */
  ownerOrgId: z.string(),
  /** The agency or park that collected it; the collection counts towards their yearly targets. */
  collectedByOrgId: z.optional(z.string()),
  collectedByUserId: z.optional(z.string()),
  status: NeedStatusSchema,
  closeReason: z.optional(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int().check(z.positive()),
});
export type Need = z.infer<typeof NeedSchema>;

export interface NewNeedContext {
  id: string;
  ownerOrgId: string;
  /** Set when an agency or park enters the need on the enterprise's behalf. */
  collectedBy?: { orgId: string; userId: string };
  at: string;
}

/**
 * A new need starts as a draft; publishing it is the `open` transition.
 *
 * @example createNeed(NeedInputSchema.parse(body), { id, ownerOrgId: enterprise.id, at: now })
 */
export function createNeed(input: NeedInput, context: NewNeedContext): Need {
  const { id, ownerOrgId, collectedBy, at } = context;
  return {
    ...input,
    id,
    ownerOrgId,
    ...(collectedBy ? { collectedByOrgId: collectedBy.orgId, collectedByUserId: collectedBy.userId } : {}),
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
