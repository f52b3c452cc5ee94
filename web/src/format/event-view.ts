import type { EventStatus, MatchmakingEvent } from '../api/events.ts';
import { MINUTES_MIN_LENGTH } from '../api/events.ts';
import type { Badge, BadgeTone } from './badge.ts';

const TONES: Readonly<Record<EventStatus, BadgeTone>> = { planned: 'info', held: 'ok', cancelled: 'muted' };

export function eventStatusBadge(status: EventStatus): Badge {
  return { label: `event.status.${status}`, tone: TONES[status] };
}

export type HeldStep = 'date' | 'attendance' | 'minutes';

/**
 * What a planned event still needs before it counts as held (the server's rule): its date to have come
 * (China time), attendance with at least one organisation, and minutes of at least 20 characters.
 */
export function heldMissing(
  event: Pick<MatchmakingEvent, 'status' | 'date' | 'attendance' | 'minutes'>,
  today: string,
): HeldStep[] {
  if (event.status !== 'planned') return [];
  return [
    ...(event.date > today ? (['date'] as const) : []),
    ...((event.attendance?.orgIds.length ?? 0) > 0 ? [] : (['attendance'] as const)),
    ...((event.minutes?.text.length ?? 0) >= MINUTES_MIN_LENGTH ? [] : (['minutes'] as const)),
  ];
}

/**
 * The organisations an organiser may mark present: those that registered (the server's rule — attendance
 * is a selection among the registrations; a matchmaking event counts as held with at least one enterprise
 * other than the organiser present, a briefing with any registered organisation), once each, the organiser
 * left out.
 */
export function attendanceChoices(
  event: Pick<MatchmakingEvent, 'organiserOrgId'>,
  registered: readonly { orgId: string; orgName: string }[] = [],
): { orgId: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const registration of registered)
    if (registration.orgId !== event.organiserOrgId && !seen.has(registration.orgId))
      seen.set(registration.orgId, registration.orgName);
  return [...seen].map(([orgId, name]) => ({ orgId, name }));
}

/** A material as the server takes it: its name and a URL or a reference (no upload). */
export interface MaterialRef {
  name: string;
  ref: string;
}

/**
 * The materials typed one per line as `name | URL or reference`; blank lines are skipped. A line without a
 * name or a reference is an error naming its 1-based line.
 *
 * @example readMaterials('政策解读 | https://example.cn/a.pdf') // { ok: true, materials: [{ name: '政策解读', ref: 'https://example.cn/a.pdf' }] }
 */
export function readMaterials(
  text: string,
): { ok: true; materials: MaterialRef[] } | { ok: false; line: number } {
  const materials: MaterialRef[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (!raw.trim()) continue;
    const at = raw.indexOf('|');
    const name = at < 0 ? '' : raw.slice(0, at).trim();
    const ref = at < 0 ? '' : raw.slice(at + 1).trim();
    if (!name || !ref) return { ok: false, line: i + 1 };
    materials.push({ name, ref });
  }
  return { ok: true, materials };
}

/** The materials as the form shows them, one per line. */
export const materialsText = (materials: readonly MaterialRef[] = []): string =>
  materials.map((m) => `${m.name} | ${m.ref}`).join('\n');
