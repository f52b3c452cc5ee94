import { describe, expect, it } from 'vitest';
import { filtersFromQuery, filtersToQuery } from './need-filters.ts';

describe('filtersFromQuery', () => {
  it('reads known filters and trims text', () => {
    const query = new URLSearchParams(
      'status=open&visibility=agencies&industryChain=%20新能源汽车%20&q=电池&enterpriseOrgId=E1',
    );
    expect(filtersFromQuery(query)).toEqual({
      status: 'open',
      visibility: 'agencies',
      industryChain: '新能源汽车',
      q: '电池',
      enterpriseOrgId: 'E1',
    });
  });

  it('ignores unknown statuses and empty values', () => {
    expect(filtersFromQuery(new URLSearchParams('status=lost&visibility=&q=%20'))).toEqual({});
  });

  it('round-trips through the query', () => {
    const filters = { status: 'draft' as const, q: '起重机' };
    const query = new URLSearchParams(filtersToQuery(filters) as Record<string, string>);
    expect(filtersFromQuery(query)).toEqual(filters);
  });
});
