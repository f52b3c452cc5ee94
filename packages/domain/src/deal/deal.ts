import * as z from 'zod/mini';
import { DomainError } from '../errors.ts';

/** Negotiated deals: everything but an open licence (which is taken, not negotiated). */
export const DEAL_KINDS = [
  'ordinary_license',
  'exclusive_license',
  'sole_license',
  'transfer',
  'equity',
  'joint_development',
] as const;
export const DealKindSchema = z.enum(DEAL_KINDS, {
  error:
    '请选择交易方式：普通许可、独占许可、排他许可、转让、作价入股或合作开发 / kind must be ordinary_license, exclusive_license, sole_license, transfer, equity or joint_development',
});
export type DealKind = z.infer<typeof DealKindSchema>;

export const DEAL_KIND_LABELS: Readonly<Record<DealKind, string>> = {
  ordinary_license: '普通许可',
  exclusive_license: '独占许可',
  sole_license: '排他许可',
  transfer: '转让',
  equity: '作价入股',
  joint_development: '合作开发',
};

export const DEAL_STAGES = [
  'lead',
  'contacted',
  'negotiating',
  'signed',
  'filed',
  'implemented',
  'declined',
] as const;
export const DealStageSchema = z.enum(DEAL_STAGES);
export type DealStage = z.infer<typeof DealStageSchema>;

export const DEAL_STAGE_LABELS: Readonly<Record<DealStage, string>> = {
  lead: '线索',
  contacted: '已联系',
  negotiating: '洽谈中',
  signed: '已签约',
  filed: '已备案',
  implemented: '已实施',
  declined: '未成交',
};

export const DECLINE_REASONS = ['price', 'maturity', 'field', 'timing', 'other'] as const;
export const DeclineReasonSchema = z
  .object({
    reason: z.enum(DECLINE_REASONS, {
      error:
        '请选择未成交原因：价格、成熟度、领域、时机或其他 / reason must be price, maturity, field, timing or other',
    }),
    text: z.optional(
      z
        .string()
        .check(z.trim(), z.maxLength(500, '说明不能超过 500 个字 / text must have at most 500 characters')),
    ),
  })
  .check(
    z.refine((decline) => decline.reason !== 'other' || (decline.text ?? '').length > 0, {
      path: ['text'],
      message: '选择“其他”时请说明原因 / text is required when the reason is other',
    }),
  );
export type DeclineReason = z.infer<typeof DeclineReasonSchema>;

export const DECLINE_REASON_LABELS: Readonly<Record<DeclineReason['reason'], string>> = {
  price: '价格',
  maturity: '技术成熟度',
  field: '领域不符',
  timing: '时机',
  other: '其他',
};

/** Each stage moves one step on, or to declined; nothing leaves implemented or declined. */
const NEXT: Readonly<Record<DealStage, DealStage | undefined>> = {
  lead: 'contacted',
  contacted: 'negotiating',
  negotiating: 'signed',
  signed: 'filed',
  filed: 'implemented',
  implemented: undefined,
  declined: undefined,
};

/** The stages a deal at `stage` may move to. */
export function dealStagesFrom(stage: DealStage): DealStage[] {
  const next = NEXT[stage];
  return next === undefined ? [] : [next, 'declined'];
}

/**
 * Refuses a move the pipeline does not allow, and a signed deal without an amount (the amount is what
 * counts toward quotas).
 */
export function assertDealMove(from: DealStage, to: DealStage, amountFen: number | undefined): void {
  if (!dealStagesFrom(from).includes(to)) {
    throw new DomainError(
      'deal_stage',
      `交易不能从“${DEAL_STAGE_LABELS[from]}”变为“${DEAL_STAGE_LABELS[to]}” / a deal cannot move from ${from} to ${to}`,
      409,
    );
  }
  if (to === 'signed' && amountFen === undefined) {
    throw new DomainError('amount_required', '签约前请填写成交金额 / amountFen is required to sign', 422);
  }
}

/** Deals that exclude others from the patent: barred while its open licence is published. */
export const isExclusiveKind = (kind: DealKind): boolean =>
  kind === 'exclusive_license' || kind === 'sole_license';

/**
 * Patent Law Art 50/51: a patent under a published open licence may not also be licensed exclusively or
 * solely. Answers the 409 to give, naming the patents, or undefined.
 */
export function exclusiveLicenceConflict(
  kind: DealKind,
  openLicensed: readonly string[],
): DomainError | undefined {
  if (!isExclusiveKind(kind) || openLicensed.length === 0) return undefined;
  return new DomainError(
    'open_licence_published',
    `专利 ${openLicensed.join('、')} 的开放许可声明已公告，不能再给予${DEAL_KIND_LABELS[kind]}；请先撤回开放许可声明 / patents ${openLicensed.join(', ')} are under a published open licence: withdraw it before granting an ${kind.replace('_', ' ')}`,
    409,
    { patentNumbers: openLicensed },
  );
}

/** The mark an exclusive or sole licence leaves on its patents' ledger records (`legal.exclusiveLicence`). */
export function exclusiveLicenceMark(
  deal: Pick<{ kind: DealKind; licenceEnd?: string | undefined }, 'kind' | 'licenceEnd'>,
): { kind: 'exclusive' | 'sole'; until: string } | undefined {
  if (!isExclusiveKind(deal.kind) || deal.licenceEnd === undefined) return undefined;
  return { kind: deal.kind === 'exclusive_license' ? 'exclusive' : 'sole', until: deal.licenceEnd };
}

/**
 * Signing an exclusive or sole licence needs its last day, not before `today`: the patent's ledger record
 * carries it, and no open licence may be declared until then (Patent Law Art 50/51).
 */
export function assertLicenceEnd(
  kind: DealKind,
  to: DealStage,
  licenceEnd: string | undefined,
  today: string,
): void {
  if (to !== 'signed' || !isExclusiveKind(kind)) return;
  if (licenceEnd === undefined) {
    const message = `签订${DEAL_KIND_LABELS[kind]}前请填写许可截止日 / licenceEnd is required to sign an ${kind.replace('_', ' ')}`;
    throw new DomainError('licence_end_required', message, 422, [{ path: 'licenceEnd', message }]);
  }
  if (licenceEnd < today) {
    const message = `许可截止日不能早于今日 ${today} / licenceEnd cannot be before today (${today})`;
    throw new DomainError('invalid_input', message, 422, [{ path: 'licenceEnd', message }]);
  }
}
