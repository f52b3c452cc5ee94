import { describe, expect, it } from 'vitest';
import type { Authorisation } from '../authorisation/authorisation.ts';
import {
  pushApprovedText,
  pushDeliveredEvidenceText,
  pushDeliveredText,
  pushFeedbackOwnText,
  pushFeedbackText,
  pushReadText,
  pushUndeliverableText,
} from './push-evidence-text.ts';

const push = {
  listingTitle: '一种固态电池',
  enterpriseName: '华东电机',
  brokerName: '科创园',
  score: 0.82,
  needTitle: '电池降本',
};

describe('push evidence text', () => {
  it('names the listing and the enterprise on every step of the trail', () => {
    expect(pushApprovedText(push)).toBe('批准推送 「一种固态电池」→ 华东电机（匹配度 0.82）');
    expect(pushDeliveredText(push)).toBe('推送已送达 「一种固态电池」→ 华东电机');
    expect(pushDeliveredEvidenceText(push)).toBe('精准推送送达「一种固态电池」→ 华东电机（需求：电池降本）');
    expect(pushDeliveredEvidenceText({ ...push, needTitle: undefined })).toBe(
      '精准推送送达「一种固态电池」→ 华东电机',
    );
    expect(pushReadText(push)).toBe('企业已阅读推送 「一种固态电池」→ 华东电机');
    expect(pushFeedbackText(push, 'interested')).toBe('企业反馈「感兴趣」「一种固态电池」→ 华东电机');
    expect(pushFeedbackOwnText(push, 'wrong_field')).toBe('反馈「领域不对口」：一种固态电池（科创园推送）');
  });

  it('says why a push is undeliverable: unsubscribed, a lapsed authorisation, or none left', () => {
    const revoked = { status: 'revoked', revokedAt: '2026-11-02T03:00:00.000Z', validUntil: '2027-06-30' };
    expect(pushUndeliverableText(push, { kind: 'unsubscribed' })).toEqual({
      reason: '企业已退订精准推送 / the enterprise unsubscribed',
      summary: '推送无法送达（企业已退订）「一种固态电池」→ 华东电机',
    });
    expect(
      pushUndeliverableText(push, { kind: 'lapsed', authorisation: revoked as Authorisation }).reason,
    ).toMatch(/^该企业已于 2026-11-02 撤销对本机构的委托授权/);
    expect(pushUndeliverableText(push, { kind: 'lapsed' })).toEqual({
      reason: '委托授权已不存在 / the authorisation no longer exists',
      summary: '推送无法送达（委托授权已撤销或到期）「一种固态电池」→ 华东电机',
    });
  });
});
