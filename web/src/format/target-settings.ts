import type { QuotaTargetValues } from '../api/quotas.ts';
import { fenToYuanText, parseYuan } from './money.ts';

/** The target values the IP office edits, one text field each: `agency.brokeredFen` → '1000000' (yuan). */
export type TargetInputs = Record<string, string>;

export type TargetField =
  | 'precisePushes'
  | 'eventsHeld'
  | 'eventsHeldUpTo'
  | 'trainingsHeld'
  | 'brokeredCount'
  | 'brokeredFen'
  | 'intakeCount'
  | 'intakeFen'
  | 'growthPercent';

/** `optional`: a count with no target by default; empty (or 0) means none. */
type Field = {
  role: keyof QuotaTargetValues;
  name: TargetField;
  kind: 'count' | 'optional' | 'fen' | 'percent';
};

const BROKER = (role: 'agency' | 'park'): Field[] => [
  { role, name: 'precisePushes', kind: 'count' },
  { role, name: 'eventsHeld', kind: 'count' },
  { role, name: 'eventsHeldUpTo', kind: 'count' },
  { role, name: 'trainingsHeld', kind: 'optional' },
  { role, name: 'brokeredCount', kind: 'count' },
  { role, name: 'brokeredFen', kind: 'fen' },
];

/** Every editable value, in the order the form shows them. */
export const TARGET_FIELDS: readonly Field[] = [
  ...BROKER('agency'),
  ...BROKER('park'),
  { role: 'enterprise', name: 'intakeCount', kind: 'count' },
  { role: 'enterprise', name: 'intakeFen', kind: 'fen' },
  { role: 'university', name: 'growthPercent', kind: 'percent' },
];

const path = (field: Field) => `${field.role}.${field.name}`;
const read = (values: QuotaTargetValues, field: Field): number =>
  (values[field.role] as unknown as Record<string, number>)[field.name] ?? 0;

/**
 * The values as the form shows them: counts as they are, amounts in yuan, the growth rate in per cent; an
 * optional target that is not set is empty.
 */
export function targetInputs(values: QuotaTargetValues): TargetInputs {
  return Object.fromEntries(
    TARGET_FIELDS.map((field) => {
      const value = read(values, field);
      if (field.kind === 'optional') return [path(field), value > 0 ? String(value) : ''];
      return [path(field), field.kind === 'fen' ? fenToYuanText(value) : String(value)];
    }),
  );
}

/**
 * The form back into values (an empty optional target as 0: none), or the fields that are not a whole non-negative count, an amount in yuan, or a
 * rate; an events range whose upper end is below the lower end is refused as the server would.
 */
export function readTargetInputs(
  inputs: TargetInputs,
): { ok: true; values: QuotaTargetValues } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const values = { agency: {}, park: {}, enterprise: {}, university: {} } as Record<
    string,
    Record<string, number>
  >;
  for (const field of TARGET_FIELDS) {
    const text = (inputs[path(field)] ?? '').trim();
    let value: number | undefined;
    if (field.kind === 'fen') {
      const parsed = parseYuan(text);
      value = parsed.ok ? parsed.fen : undefined;
    } else if (field.kind === 'count') {
      value = /^\d+$/.test(text) ? Number(text) : undefined;
    } else if (field.kind === 'optional') {
      // Empty sends 0, which the server reads as no target (an omitted field would keep the old one).
      value = text === '' ? 0 : /^\d+$/.test(text) ? Number(text) : undefined;
    } else {
      value = /^\d+(\.\d+)?$/.test(text) && Number(text) <= 1000 ? Number(text) : undefined;
    }
    if (value === undefined) errors.push(path(field));
    else (values[field.role] as Record<string, number>)[field.name] = value;
  }
  for (const role of ['agency', 'park'] as const) {
    const v = values[role] as Record<string, number>;
    if (v.eventsHeld !== undefined && v.eventsHeldUpTo !== undefined && v.eventsHeldUpTo < v.eventsHeld)
      errors.push(`${role}.eventsHeldUpTo`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, values: values as unknown as QuotaTargetValues };
}
