import {
  type ConversionAnswer,
  type ConversionNeed,
  conversionNeedStatusOn,
  DomainError,
  type Principal,
  seesAnswer,
} from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';
import { orgOf } from '../acting-principal.ts';
import { chinaToday } from '../china-today.ts';

type ReadDeps = Pick<AppDeps, 'store' | 'now'>;

/** A need as people see it today: a need past its closing date reads as closed. */
const asOf = (need: ConversionNeed, today: string): ConversionNeed => ({
  ...need,
  status: conversionNeedStatusOn(need, today),
});

/**
 * The needs still taking answers, newest first (what enterprises browse and agencies see in their queue);
 * with `mine`, every need the caller's university posted, in every status.
 */
export async function listConversionNeeds(
  deps: ReadDeps,
  principal: Principal,
  options: { mine?: boolean | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: ConversionNeed[]; nextCursor?: string }> {
  const today = chinaToday(deps.now());
  const paging = { limit: options.limit, ...(options.cursor ? { cursor: options.cursor } : {}) };
  const page = options.mine
    ? await deps.store.conversionNeeds.listByPoster(orgOf(principal), paging)
    : await deps.store.conversionNeeds.listOpen(paging);
  const items = page.items.map((need) => asOf(need, today));
  return {
    items: options.mine ? items : items.filter((n) => n.status === 'open' || n.status === 'answered'),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

export async function loadConversionNeed(deps: Pick<AppDeps, 'store'>, id: string): Promise<ConversionNeed> {
  const need = await deps.store.conversionNeeds.get(id);
  if (!need) throw new DomainError('not_found', '未找到该成果转化需求 / conversion need not found', 404);
  return need;
}

export interface ConversionNeedView {
  need: ConversionNeed;
  /** The answers the caller may read: all for the poster, its own for an enterprise, none for others. */
  answers: ConversionAnswer[];
  /** Whether the caller's enterprise answered already. */
  answeredByMe: boolean;
}

/** One need with the answers the caller may read (another enterprise's contact stays private). */
export async function conversionNeedView(
  deps: ReadDeps,
  principal: Principal,
  need: ConversionNeed,
): Promise<ConversionNeedView> {
  const answers = await deps.store.conversionNeeds.answers(need.id);
  return {
    need: asOf(need, chinaToday(deps.now())),
    answers: answers.filter((answer) => seesAnswer(principal, need, answer)),
    answeredByMe: answers.some((answer) => answer.enterpriseOrgId === orgOf(principal)),
  };
}
