import { NEED_STATUSES, NEED_VISIBILITIES, type NeedFilters } from '../../api/needs.ts';

/** The list's filters live in the hash (`#/needs?status=open&enterpriseOrgId=…`), so a filtered list is a link. */
export function filtersFromQuery(query: URLSearchParams): NeedFilters {
  const status = query.get('status');
  const visibility = query.get('visibility');
  const text = (key: string) => query.get(key)?.trim() || undefined;
  const filters: NeedFilters = {};
  if (status && (NEED_STATUSES as readonly string[]).includes(status))
    filters.status = status as NeedFilters['status'];
  if (visibility && (NEED_VISIBILITIES as readonly string[]).includes(visibility))
    filters.visibility = visibility as NeedFilters['visibility'];
  const industryChain = text('industryChain');
  if (industryChain) filters.industryChain = industryChain;
  const enterpriseOrgId = text('enterpriseOrgId');
  if (enterpriseOrgId) filters.enterpriseOrgId = enterpriseOrgId;
  const q = text('q');
  if (q) filters.q = q;
  return filters;
}

export function filtersToQuery(filters: NeedFilters): Record<string, string | undefined> {
  return { ...filters };
}
