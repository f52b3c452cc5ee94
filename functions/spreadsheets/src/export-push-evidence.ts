import { chinaYear, type Principal, type Push } from '@openlicense/domain';
import { type ApiDeps, ApiError } from '@openlicense/fn-api';

const PAGE = 500;

/**
 * Whose pushes the caller may export: an agency's or park's own; the IP office names the broker (`orgId`).
 * A broker asking for another broker's evidence gets the same 404 as for one that does not exist.
 */
export function evidenceOrgId(principal: Principal, orgId: string | undefined): string {
  const membership = principal.membership;
  if (membership?.orgType === 'ip_office') {
    if (!orgId)
      throw new ApiError(400, 'VALIDATION', '请指定服务机构 / orgId is required', [
        { path: 'orgId', message: '请指定服务机构 / orgId is required' },
      ]);
    return orgId;
  }
  const own = membership?.orgId ?? '';
  if (orgId && orgId !== own) throw new ApiError(404, 'NOT_FOUND', '未找到该机构 / organisation not found');
  return own;
}

/** Every push the broker approved in the China-time `year`, page by page. */
export async function pushesOfYear(deps: ApiDeps, brokerOrgId: string, year: string): Promise<Push[]> {
  const all: Push[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.pushes.listByBroker(brokerOrgId, year, {
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** The year asked for, or this year in China. */
export const evidenceYear = (year: number | undefined, now: Date) => (year ? String(year) : chinaYear(now));
