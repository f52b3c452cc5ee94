import type { Push } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { pushEmail } from './push-email.ts';

const push: Push = {
  id: '01JPUSH',
  listingId: 'L1',
  listingKind: 'listing',
  listingTitle: '一种高镍三元正极材料的制备方法',
  holderName: '中南大学',
  enterpriseOrgId: 'ENT',
  enterpriseName: '长沙锂电科技有限公司',
  needId: 'N1',
  needTitle: '高镍正极材料循环寿命提升',
  brokerOrgId: 'AG',
  brokerName: '湖南技术转移中心',
  approvedBy: 'auto',
  auto: true,
  score: 86.5,
  explanation: {
    summary: '关键词与 IPC 分类高度吻合',
    signals: [
      { signal: 'text', contribution: 40, evidence: ['高镍'], text: '共同关键词：高镍、正极材料' },
      { signal: 'ipc', contribution: 25, evidence: ['H01M 4/525'], text: '相同 IPC 小组：H01M 4/525' },
    ],
  },
  message: '该技术可直接用于贵司产线',
  status: 'delivered',
  approvedAt: '2026-11-23T01:00:00.000Z',
  deliveredAt: '2026-11-23T01:00:05.000Z',
  version: 2,
};

describe('push email', () => {
  it('carries the listing, the explanation, the broker’s message, the inbox and the unsubscribe link', () => {
    const email = pushEmail(push, {
      from: 'noreply@openlicense.local',
      to: 'tech@ent.cn',
      appUrl: 'https://openlicense.example.cn/',
      unsubscribeToken: 'tok en',
    });
    expect(email.subject).toBe('【精准推送】一种高镍三元正极材料的制备方法');
    expect(email.text).toContain('湖南技术转移中心（自动推送）向您推荐');
    expect(email.text).toContain('匹配度：86.5 分');
    expect(email.text).toContain('推荐理由：关键词与 IPC 分类高度吻合');
    expect(email.text).toContain('文本相关：共同关键词：高镍、正极材料');
    expect(email.text).toContain('服务机构说明：该技术可直接用于贵司产线');
    expect(email.text).toContain('https://openlicense.example.cn/#/inbox');
    expect(email.text).toContain('https://openlicense.example.cn/#/unsubscribe?token=tok%20en');
    expect(email.headers?.['List-Unsubscribe']).toBe(
      '<https://openlicense.example.cn/api/push-preferences/unsubscribe?token=tok%20en>',
    );
    expect(email.id).toBe('push-01JPUSH');
  });
});
