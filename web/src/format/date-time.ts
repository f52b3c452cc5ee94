import type { Locale } from '../i18n/messages.ts';

/** `2026-03-01T08:30:00Z` → `2026/3/1 16:30` (zh-CN, local time); an unparsable value is shown as given. */
export function formatDateTime(iso: string | undefined, locale: Locale): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
