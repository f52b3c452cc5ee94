import { NEED_ACTIONS } from '@openlicense/domain/need/lifecycle';
import { NeedInputSchema, NeedSchema } from '@openlicense/domain/need/need';
import { FenSchema } from '@openlicense/domain/validation/money';
import * as z from 'zod/mini';
import { pageOf } from './page.ts';

/** The technology-need ledger (技术需求台账): what `/api/needs*` takes and sends. */
export const NeedQualitySchema = z.object({
  score: z.int().check(z.gte(0), z.lte(100)),
  hints: z.array(
    z.object({ code: z.string(), severity: z.enum(['high', 'medium', 'low']), message: z.string() }),
  ),
});
export const NeedListItemSchema = z.extend(NeedSchema, { ownerName: z.string(), quality: NeedQualitySchema });
export const NeedPageSchema = pageOf(NeedListItemSchema);
export const NeedViewSchema = z.extend(NeedListItemSchema, {
  availableActions: z.array(z.enum(NEED_ACTIONS)),
  canEdit: z.boolean(),
});
export const VersionSchema = z.object({
  version: z.int({ error: '请提供版本号 / version is required' }).check(z.positive()),
});

/** A half-filled form is enough for hints: every field may be missing, odd values are ignored. */
export const NeedDraftSchema = z.pipe(
  z.object({
    title: z.nullish(z.string().check(z.maxLength(200))),
    description: z.nullish(z.string().check(z.maxLength(5000))),
    targets: z.nullish(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(50))),
    industryChains: z.nullish(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50))),
    ipc: z.nullish(z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50))),
    budget: z.nullish(z.object({ minFen: z.nullish(FenSchema), maxFen: z.nullish(FenSchema) })),
    deadline: z.nullish(z.string().check(z.maxLength(30))),
  }),
  z.transform(({ budget, deadline, ipc, ...draft }) => ({
    title: draft.title ?? '',
    description: draft.description ?? '',
    targets: draft.targets ?? [],
    industryChains: draft.industryChains ?? [],
    ...(ipc ? { ipc } : {}),
    ...(budget?.maxFen != null ? { budget: { minFen: budget.minFen ?? 0, maxFen: budget.maxFen } } : {}),
    ...(deadline && z.iso.date().safeParse(deadline).success ? { deadline } : {}),
  })),
);

export const NeedCreateSchema = z.extend(NeedInputSchema, {
  enterpriseOrgId: z
    .optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40)))
    .check(z.describe('服务机构/园区代其登记的企业 / the enterprise an agency or park collects for')),
});
export const NeedUpdateSchema = z.intersection(NeedInputSchema, VersionSchema);
export const NeedTransitionSchema = z.intersection(
  z.object({
    action: z.enum(NEED_ACTIONS, { error: '操作无效 / unknown action' }),
    reason: z
      .optional(z.string().check(z.maxLength(500)))
      .check(z.describe('关闭时必填 / required to close')),
  }),
  VersionSchema,
);

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
