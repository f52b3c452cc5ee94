import type { Push } from '../api/pushes.ts';
import type { MessageKey } from '../i18n/messages.ts';

/**
 * Who sent a push, as a kind of organisation: 服务机构 or 园区, from the type the push recorded; a push from
 * before the type was recorded says 推送方 rather than guess.
 */
export function pushSenderKey(push: Pick<Push, 'brokerType'>): MessageKey {
  if (push.brokerType === 'park') return 'inbox.sender.park';
  if (push.brokerType === 'agency') return 'inbox.sender.agency';
  return 'inbox.sender.unknown';
}
