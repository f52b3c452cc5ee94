import { type ConversionNeed, DomainError, endConversionNeed, type Principal } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { auditEntry } from '../acting-principal.ts';
import { chinaToday } from '../china-today.ts';

/** The poster withdraws (撤回) its need: it leaves the open list and takes no more answers. */
export async function withdrawConversionNeed(
  deps: Pick<AppDeps, 'store' | 'now' | 'newId'>,
  principal: Principal,
  need: ConversionNeed,
): Promise<ConversionNeed> {
  const now = deps.now();
  const at = now.toISOString();
  const next = endConversionNeed(need, 'withdrawn', chinaToday(now), at);
  const written = await deps.store.conversionNeeds.end(
    need,
    next,
    auditEntry(deps, principal, at, 'conversion_need.withdrawn', `撤回成果转化需求：${need.subject.title}`),
  );
  if (!written)
    throw new DomainError(
      'stale_version',
      '该需求刚刚有变化，请刷新后重试 / the need changed meanwhile: reload and try again',
      409,
    );
  return next;
}
