import {
  answerConversionNeed as answered,
  CONVERSION_NEED_KIND_LABELS,
  type ConversionAnswer,
  type ConversionAnswerInput,
  type ConversionNeed,
  DEAL_KIND_OF_CONVERSION,
  type Deal,
  DomainError,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { auditEntry, orgOf } from '../acting-principal.ts';
import { chinaToday } from '../china-today.ts';
import { party } from '../deals/deal-subject.ts';

type AnswerDeps = Pick<AppDeps, 'store' | 'now' | 'newId'>;

const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError(code, message, 409, details);

/**
 * An approved enterprise answers `need`: its message and contact are stored for the university, and a deal
 * at stage `lead` opens between the enterprise (acquirer) and the patents' holders (suppliers), with the
 * posting university among its parties. No broker: nobody's brokering quota moves by the enterprise's or
 * the university's word. Once per enterprise (409 `already_answered`); a withdrawn or closed need refuses
 * (409 `conversion_need_closed`).
 */
export async function postConversionAnswer(
  deps: AnswerDeps,
  principal: Principal,
  need: ConversionNeed,
  input: ConversionAnswerInput,
): Promise<{ answer: ConversionAnswer; deal: Deal }> {
  const now = deps.now();
  const at = now.toISOString();
  const next = answered(need, chinaToday(now), at);
  const enterpriseOrgId = orgOf(principal);
  const supplierIds = [...new Set(need.subject.patents.map((p) => p.holderOrgId))];
  if (supplierIds.includes(enterpriseOrgId))
    throw conflict(
      'own_patents',
      '该需求涉及本单位持有的专利，不能回应 / this need is about patents your organisation holds: it cannot answer it',
    );
  const orgs = await Promise.all([enterpriseOrgId, ...supplierIds].map((id) => deps.store.orgs.get(id)));
  const [enterprise, ...suppliers] = orgs;
  if (!enterprise || suppliers.some((s) => s === undefined))
    throw conflict('party_missing', '该成果的持有机构已不在平台上 / a holder of these patents is gone');
  const deal: Deal = {
    id: deps.newId(),
    kind: DEAL_KIND_OF_CONVERSION[need.kind],
    stage: 'lead',
    suppliers: suppliers.flatMap((s) => (s ? [party(s)] : [])),
    acquirer: party(enterprise),
    partyOrgIds: [...new Set([...supplierIds, enterpriseOrgId, need.posterOrgId])],
    patents: need.subject.patents,
    ...(need.subject.kind === 'bundle' ? { bundleId: need.subject.id } : { listingId: need.subject.id }),
    source: { kind: 'conversion_need', conversionNeedId: need.id },
    note: input.message,
    history: [{ stage: 'lead', at, by: principal.userId, byOrgId: enterpriseOrgId, note: input.message }],
    confirmations: [],
    createdAt: at,
    createdBy: principal.userId,
    createdByOrgId: enterpriseOrgId,
    updatedAt: at,
    version: 1,
  };
  const answer: ConversionAnswer = {
    needId: need.id,
    enterpriseOrgId,
    enterpriseName: enterprise.name,
    message: input.message,
    contact: input.contact,
    dealId: deal.id,
    at,
    by: principal.userId,
  };
  const kind = CONVERSION_NEED_KIND_LABELS[need.kind];
  const refused = await deps.store.conversionNeeds.answer(need, next, answer, deal, [
    auditEntry(
      deps,
      principal,
      at,
      'conversion_need.answered',
      `回应成果转化需求（${kind}）：${need.subject.title}`,
    ),
    {
      ...auditEntry(
        deps,
        principal,
        at,
        'conversion_need.answered',
        `${enterprise.name} 回应了成果转化需求（${kind}）：${need.subject.title}`,
      ),
      orgId: need.posterOrgId,
    },
  ]);
  if (refused === 'already_answered')
    throw conflict(
      'already_answered',
      '贵单位已回应过该需求，请在“交易”中跟进 / your organisation answered this need already',
    );
  if (refused === 'need_changed')
    throw conflict(
      'stale_version',
      '该需求刚刚有变化，请刷新后重试 / the need changed meanwhile: reload and try again',
    );
  return { answer, deal };
}
