import { describe, expect, it } from 'vitest';
import type { Deal } from '../api/deals.ts';
import {
  dealStageBadge,
  dealStagesFrom,
  needsAmount,
  pipelineColumns,
  readDecline,
  splitList,
} from './deal-view.ts';

const deal = (id: string, stage: Deal['stage'], updatedAt: string): Deal => ({
  id,
  kind: 'ordinary_license',
  stage,
  suppliers: [{ orgId: 'U', name: '大学', type: 'university' }],
  acquirer: { orgId: 'E', name: '企业', type: 'enterprise' },
  partyOrgIds: ['U', 'E'],
  patents: [{ number: 'ZL1', title: '专利', holderOrgId: 'U' }],
  source: { kind: 'direct' },
  history: [],
  confirmations: [],
  createdAt: updatedAt,
  createdBy: 'user-1',
  createdByOrgId: 'U',
  updatedAt,
  version: 1,
});

describe('deal pipeline view', () => {
  it('moves one step on or to declined, nothing after implemented or declined', () => {
    expect(dealStagesFrom('lead')).toEqual(['contacted', 'declined']);
    expect(dealStagesFrom('negotiating')).toEqual(['signed', 'declined']);
    expect(dealStagesFrom('implemented')).toEqual([]);
    expect(dealStagesFrom('declined')).toEqual([]);
    expect(needsAmount('signed')).toBe(true);
    expect(needsAmount('filed')).toBe(false);
  });

  it('groups deals by stage, newest first, with an empty column for every stage', () => {
    const columns = pipelineColumns([
      deal('a', 'lead', '2026-01-01'),
      deal('b', 'signed', '2026-02-01'),
      deal('c', 'lead', '2026-03-01'),
    ]);
    expect(columns.map((column) => column.stage)).toEqual([
      'lead',
      'contacted',
      'negotiating',
      'signed',
      'filed',
      'implemented',
      'declined',
    ]);
    expect(columns[0]?.deals.map((d) => d.id)).toEqual(['c', 'a']);
    expect(columns[3]?.deals.map((d) => d.id)).toEqual(['b']);
    expect(columns[1]?.deals).toEqual([]);
  });

  it('reads a structured decline reason; other needs a text', () => {
    expect(readDecline('price', ' 太贵 ')).toEqual({ ok: true, decline: { reason: 'price', text: '太贵' } });
    expect(readDecline('timing', '')).toEqual({ ok: true, decline: { reason: 'timing' } });
    expect(readDecline('other', '  ')).toEqual({ ok: false, field: 'text' });
    expect(readDecline('', 'x')).toEqual({ ok: false, field: 'reason' });
  });

  it('badges declined as danger and signed as ok', () => {
    expect(dealStageBadge('declined')).toEqual({ label: 'deal.stage.declined', tone: 'danger' });
    expect(dealStageBadge('signed').tone).toBe('ok');
  });

  it('splits a typed list of patent numbers or ids', () => {
    expect(splitList('ZL1、ZL2, ZL3；ZL4  ZL5')).toEqual(['ZL1', 'ZL2', 'ZL3', 'ZL4', 'ZL5']);
    expect(splitList('  ')).toEqual([]);
  });
});
