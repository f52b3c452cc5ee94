import { NEED_ACTIONS } from '@openlicense/domain/need/lifecycle';
import { NeedInputSchema, NeedSchema } from '@openlicense/domain/need/need';
import { FenSchema } from '@openlicense/domain/validation/money';
import * as z from 'zod';
import { pageOf } from './page.ts';

/** The technology-need ledger (技术需求台账): what `/api/needs*` takes and sends. */
export const NeedQualitySchema = z.object({
  score: z.int().min(0).max(100),
  hints: z.array(
    z.object({ code: z.string(), severity: z.enum(['high', 'medium', 'low']), message: z.string() }),
  ),
});
export const NeedListItemSchema = NeedSchema.extend({ ownerName: z.string(), quality: NeedQualitySchema });
export const NeedPageSchema = pageOf(NeedListItemSchema);
export const NeedViewSchema = NeedListItemSchema.extend({
  availableActions: z.array(z.enum(NEED_ACTIONS)),
  canEdit: z.boolean(),
});
export const VersionSchema = z.object({
  version: z.int({ error: '请提供版本号 / version is required' }).positive(),
});

/** A half-filled form is enough for hints: every field may be missing, odd values are ignored. */
export const NeedDraftSchema = z
  .object({
    title: z.string().max(200).nullish(),
    description: z.string().max(5000).nullish(),
    targets: z.array(z.string().max(500)).max(50).nullish(),
    industryChains: z.array(z.string().max(100)).max(50).nullish(),
    ipc: z.array(z.string().max(50)).max(50).nullish(),
    budget: z.object({ minFen: FenSchema.nullish(), maxFen: FenSchema.nullish() }).nullish(),
    deadline: z.string().max(30).nullish(),
  })
  .transform(({ budget, deadline, ipc, ...draft }) => ({
    title: draft.title ?? '',
    description: draft.description ?? '',
    targets: draft.targets ?? [],
    industryChains: draft.industryChains ?? [],
    ...(ipc ? { ipc } : {}),
    ...(budget?.maxFen != null ? { budget: { minFen: budget.minFen ?? 0, maxFen: budget.maxFen } } : {}),
    ...(deadline && z.iso.date().safeParse(deadline).success ? { deadline } : {}),
  }));

export const NeedCreateSchema = NeedInputSchema.extend({
  enterpriseOrgId: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe('服务机构/园区代其登记的企业 / the enterprise an agency or park collects for'),
});
export const NeedUpdateSchema = NeedInputSchema.and(VersionSchema);
export const NeedTransitionSchema = z
  .object({
    action: z.enum(NEED_ACTIONS, { error: '操作无效 / unknown action' }),
    reason: z.string().max(500).optional().describe('关闭时必填 / required to close'),
  })
  .and(VersionSchema);

export type Need = z.output<typeof NeedSchema>;
export type NeedInput = z.input<typeof NeedInputSchema>;
export type NeedQuality = z.output<typeof NeedQualitySchema>;
export type QualityHint = NeedQuality['hints'][number];
export type HintSeverity = QualityHint['severity'];
export type NeedListItem = z.output<typeof NeedListItemSchema>;
export type NeedView = z.output<typeof NeedViewSchema>;
export type NeedDraft = z.input<typeof NeedDraftSchema>;
export type NeedCreate = z.input<typeof NeedCreateSchema>;
export type NeedTransition = z.input<typeof NeedTransitionSchema>;
