import type { Need, NeedInput } from '@openlicense/domain';

const FIELDS = [
  'title',
  'description',
  'targets',
  'industryChains',
  'ipc',
  'budget',
  'dealTypes',
  'readiness',
  'deadline',
  'regionCode',
  'contact',
  'visibility',
  'clientRef',
] as const satisfies readonly (keyof NeedInput)[];

/** JSON with sorted keys and undefined dropped, so key order and absent-vs-undefined do not matter. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** True when re-importing `input` would not change the stored need, so the row counts as unchanged. */
export function sameNeedContent(need: Need, input: NeedInput): boolean {
  return FIELDS.every((field) => stable(need[field]) === stable(input[field]));
}
