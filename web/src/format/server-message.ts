import type { Locale } from '../i18n/messages.ts';

/**
 * The API writes messages as `中文 / English`. Show the half for the reader's locale; a message
 * without exactly one ` / ` separator is shown whole.
 *
 * @example localiseServerMessage('邮箱格式不正确 / email is not valid', 'en') // 'email is not valid'
 */
export function localiseServerMessage(message: string, locale: Locale): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  const [zh, en] = parts.map((part) => part.trim());
  const chosen = locale === 'en' ? en : zh;
  return chosen ? chosen : message;
}
