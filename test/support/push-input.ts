import type { MatchRecord, ProposalInput } from '@openlicense/domain';
import type { Store } from '@openlicense/store';
import { ulid } from 'ulidx';
import { declarationRecordOf } from './declaration-input.ts';

const explanation = {
  summary: '关键词与 IPC 分类高度吻合',
  signals: [
    {
      signal: 'text' as const,
      contribution: 40,
      evidence: ['锂离子电池', '隔膜'],
      text: '共同关键词：锂离子电池、隔膜',
    },
    {
      signal: 'ipc' as const,
      contribution: 25,
      evidence: ['H01M 4/525', 'H01M 10/052'],
      text: '共同 IPC：H01M 4/525',
    },
  ],
};

/** A stored match of `needId` with `listingId`, as the matcher writes it. */
export function matchOf(
  needId: string,
  listingId: string,
  overrides: Partial<MatchRecord> = {},
): MatchRecord {
  return {
    needId,
    listingId,
    listingKind: listingId.startsWith('bundle:') ? 'bundle' : 'listing',
    enterpriseOrgId: 'ENT',
    enterpriseName: '长沙锂电科技有限公司',
    needTitle: '高镍正极材料循环寿命提升',
    listingTitle: '一种高镍三元正极材料及其制备方法',
    holderName: '中南大学',
    score: 80,
    explanation,
    computedAt: '2026-11-20T08:00:00.000Z',
    engineVersion: 1,
    ...overrides,
  };
}

/** A proposal of the pair to `brokerOrgId`, as the matcher supplies it. */
export function proposalOf(brokerOrgId: string, overrides: Partial<ProposalInput> = {}): ProposalInput {
  const needId = overrides.needId ?? ulid();
  const listingId = overrides.listingId ?? ulid();
  const { computedAt: _c, engineVersion: _v, ...match } = matchOf(needId, listingId);
  return {
    ...match,
    id: `${needId}.${listingId}`,
    brokerOrgId,
    ...overrides,
  };
}

/** A published declaration (a listing a push may name) of a fresh holder, written straight to the store. */
export async function publishedListingIn(store: Store): Promise<string> {
  const record = declarationRecordOf(ulid(), { status: 'published' });
  await store.declarations.create(record);
  return record.id;
}
