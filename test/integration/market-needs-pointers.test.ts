import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { marketNeeds } from '@openlicense/app/jobs';
import type { Need } from '@openlicense/domain';
import { keys } from '@openlicense/store';
import { describe, expect, it } from 'vitest';
import { approvedOrg } from '../support/approved-org.ts';
import { needOf } from '../support/need-input.ts';
import { createTestTable } from '../support/test-table.ts';

describe('the nightly market projection and the field pointers (DynamoDB Local)', () => {
  it('gives a live need stored without its field pointers (before they existed) its pointers, the first night it sees it', async () => {
    // Prepare: a published need whose chain pointer is gone, as for a need stored before pointers existed
    const table = await createTestTable();
    const enterprise = await approvedOrg(table, 'enterprise', '株洲轨道装备有限公司');
    const chain = `轨道交通${Date.now()}`;
    const need: Need = { ...needOf(enterprise.id, { industryChains: [chain], ipc: [] }), status: 'open' };
    await table.store.needs.create(need);
    await table.clients.doc.send(
      new DeleteCommand({
        TableName: table.tableName,
        Key: keys.liveNeedByField('chain', chain, `${need.createdAt}#${need.id}`),
      }),
    );
    expect(await table.store.needs.liveIdsByField({ field: 'chain', value: chain }, 10)).toEqual([]);
    // Act
    await marketNeeds(table.store, { now: () => new Date() }).run();
    // Assess
    expect(await table.store.needs.liveIdsByField({ field: 'chain', value: chain }, 10)).toEqual([need.id]);
  });
});
