import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages.ts';
import { pushSenderKey } from './push-sender.ts';

describe('pushSenderKey', () => {
  it('names a park as the sender of a park’s push, not a service agency', () => {
    expect(messages['zh-CN'][pushSenderKey({ brokerType: 'park' })]).toBe('园区');
    expect(messages['zh-CN'][pushSenderKey({ brokerType: 'agency' })]).toBe('服务机构');
    expect(messages.en[pushSenderKey({ brokerType: 'park' })]).toBe('park');
  });

  it('does not guess for a push that recorded no type', () => {
    expect(messages['zh-CN'][pushSenderKey({})]).toBe('推送方');
  });
});
