import {
  effectiveOn,
  instalmentDueNow,
  licenceRefusal,
  type OpenLicence,
  type Payment,
  type Principal,
  paymentIssues,
} from '@openlicense/domain';
import type { OfferCheck } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';
import { countStep } from './count-step.ts';
import { type LicenceView, licenceView } from './licence-view.ts';
import { today } from './load-licence.ts';

/**
 * Records a payment of the licensee: the amount due on acceptance (the licence takes effect and counts
 * then), or the next instalment of an instalment licence (counts its amount).
 */
export async function recordPayment(
  deps: AppDeps,
  principal: Principal,
  current: OpenLicence,
  payment: Payment,
): Promise<LicenceView> {
  const day = today(deps);
  const at = deps.now().toISOString();
  if (current.status === 'notice_sent') {
    const issues = paymentIssues(payment, current.dueOnAcceptanceFen, day);
    if (issues.length > 0) throw licenceRefusal('payment_invalid', '付款登记有误', issues);
    const effective = effectiveOn(current, [payment], day, at);
    const split = await countStep(
      deps,
      effective,
      {
        kind: 'open_licence',
        amountFen: payment.amountFen,
        at,
        actorId: principal.userId,
        what: '开放许可生效',
      },
      current,
      payment.proofReference,
    );
    const next = split.receipt ? { ...effective, receipts: [...current.receipts, split.receipt] } : effective;
    const checks: OfferCheck[] =
      current.offer.kind === 'bundle'
        ? [{ kind: 'bundle', id: current.offer.id }]
        : [{ kind: 'declaration', id: current.offer.id }];
    return licenceView(await deps.store.licences.update(current, next, split.now, checks), day);
  }
  const instalment = instalmentDueNow(current);
  const issues = paymentIssues(payment, instalment.amountFen, day);
  if (issues.length > 0)
    throw licenceRefusal('payment_invalid', `第 ${instalment.number} 期分期付款登记有误`, issues);
  const paid: OpenLicence = {
    ...current,
    payments: [...current.payments, payment],
    updatedAt: at,
    version: current.version + 1,
  };
  const split = await countStep(
    deps,
    paid,
    {
      kind: 'royalty_paid',
      amountFen: payment.amountFen,
      at,
      actorId: principal.userId,
      what: `第 ${instalment.number} 期分期付款`,
    },
    current,
    payment.proofReference,
  );
  const next = split.receipt ? { ...paid, receipts: [...current.receipts, split.receipt] } : paid;
  return licenceView(await deps.store.licences.update(current, next, split.now), day);
}
