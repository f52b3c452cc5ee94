import {
  addDays,
  CONVERSION_NEED_KIND_LABELS,
  CONVERSION_NEED_MAX_DAYS_AHEAD,
  type ConversionNeed,
  type ConversionNeedInput,
  closingDateProblem,
  DomainError,
  type Principal,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { auditEntry, orgOf } from '../acting-principal.ts';
import { chinaToday } from '../china-today.ts';
import type { PostTarget } from './conversion-subject.ts';

/**
 * Posts a conversion need on `target` (already guarded: the caller's university holds or organises it). The
 * closing date lies from today (China) to a year ahead, 422 naming `closingDate` otherwise.
 */
export async function postConversionNeed(
  deps: Pick<AppDeps, 'store' | 'now' | 'newId'>,
  principal: Principal,
  target: PostTarget,
  input: ConversionNeedInput,
): Promise<ConversionNeed> {
  const now = deps.now();
  const today = chinaToday(now);
  const problem = closingDateProblem(
    input.closingDate,
    today,
    addDays(today, CONVERSION_NEED_MAX_DAYS_AHEAD),
  );
  if (problem)
    throw new DomainError('invalid_input', problem, 422, [{ path: 'closingDate', message: problem }]);
  const poster = await deps.store.orgs.get(orgOf(principal));
  const at = now.toISOString();
  const need: ConversionNeed = {
    id: deps.newId(),
    kind: input.kind,
    status: 'open',
    subject: target.subject,
    posterOrgId: orgOf(principal),
    posterName: poster?.name ?? '',
    description: input.description,
    offer: input.offer,
    regionCode: input.regionCode,
    ...(input.budget ? { budget: input.budget } : {}),
    closingDate: input.closingDate,
    answerCount: 0,
    createdAt: at,
    createdBy: principal.userId,
    updatedAt: at,
    version: 1,
  };
  await deps.store.conversionNeeds.create(
    need,
    auditEntry(
      deps,
      principal,
      at,
      'conversion_need.posted',
      `发布成果转化需求（${CONVERSION_NEED_KIND_LABELS[need.kind]}）：${need.subject.title}`,
    ),
  );
  return need;
}
