import { describe, expect, it } from 'vitest';
import type { MatchExplanation } from '../api/pushes.ts';
import {
  defaultPushMessage,
  feedbackBadge,
  formatContribution,
  formatRate,
  formatScore,
  pushRefusal,
  pushStatusBadge,
  scoreBadge,
  signalLines,
} from './match-explanation.ts';

const explanation: MatchExplanation = {
  summary: '关键词与 IPC 分类高度吻合',
  signals: [
    { signal: 'region', contribution: 2, evidence: ['长沙市'], text: '同城：长沙市' },
    {
      signal: 'text',
      contribution: 31.26,
      evidence: ['锂离子电池', '隔膜'],
      text: '共同关键词：锂离子电池、隔膜',
    },
    {
      signal: 'feedback',
      contribution: -8,
      evidence: ['H01M'],
      text: '该企业曾反馈 H01M 领域不对口，已降权',
    },
    { signal: 'dealType', contribution: 0, evidence: [], text: '合作方式不限' },
    { signal: 'ipc', contribution: 20, evidence: ['H01M 4/525'], text: '共同 IPC：H01M 4/525' },
  ],
};

describe('match explanations', () => {
  it('lists the signals by the size of their effect, penalties included, and drops empty ones', () => {
    // Act
    const lines = signalLines(explanation);

    // Assess
    expect(lines.map((line) => line.signal)).toEqual(['text', 'ipc', 'feedback', 'region']);
    expect(lines[0]).toEqual({
      signal: 'text',
      label: 'match.signal.text',
      points: '+31.3',
      penalty: false,
      text: '共同关键词：锂离子电池、隔膜',
      evidence: ['锂离子电池', '隔膜'],
    });
    expect(lines[2]).toMatchObject({ points: '−8.0', penalty: true });
  });

  it('writes a default push message in Chinese that names the need, the holder and the listing', () => {
    expect(
      defaultPushMessage({ needTitle: '隔膜耐热', listingTitle: '一种隔膜', holderName: '中南大学' }),
    ).toBe(
      '您好！根据贵司的技术需求「隔膜耐热」，我们推荐中南大学的开放许可「一种隔膜」，推荐理由见下方。许可条件公开透明，欢迎查看并反馈。',
    );
  });

  it('formats scores, contributions and rates', () => {
    expect(formatScore(87.46)).toBe('87.5');
    expect(formatScore(80)).toBe('80.0');
    expect(formatContribution(0.04)).toBe('+0.0');
    expect(formatContribution(-4)).toBe('−4.0');
    expect(formatRate(0.4567, 12)).toBe('45.7%');
    expect(formatRate(0, 0)).toBe('—');
  });

  it('colours scores, push states and feedback', () => {
    expect(scoreBadge(85)).toEqual({ label: 'match.score', tone: 'ok', params: { score: '85.0' } });
    expect(scoreBadge(65).tone).toBe('info');
    expect(scoreBadge(30).tone).toBe('muted');
    expect(pushStatusBadge('undeliverable')).toEqual({ label: 'push.status.undeliverable', tone: 'danger' });
    expect(feedbackBadge('interested')).toEqual({ label: 'push.feedback.interested', tone: 'ok' });
  });

  it('recognises the three approval refusals and nothing else', () => {
    expect(pushRefusal('PUSH_DUPLICATE')).toBe('PUSH_DUPLICATE');
    expect(pushRefusal('PUSH_FREQUENCY_CAP')).toBe('PUSH_FREQUENCY_CAP');
    expect(pushRefusal('PUSH_UNSUBSCRIBED')).toBe('PUSH_UNSUBSCRIBED');
    expect(pushRefusal('VERSION_CONFLICT')).toBeNull();
    expect(pushRefusal(undefined)).toBeNull();
  });
});
