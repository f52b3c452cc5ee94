import type { MessageKey, MessageParams } from '../i18n/messages.ts';

/** How a status reads at a glance; the stylesheet colours each tone. */
export type BadgeTone = 'ok' | 'info' | 'warn' | 'danger' | 'muted';

export interface Badge {
  label: MessageKey;
  tone: BadgeTone;
  params?: MessageParams;
}
