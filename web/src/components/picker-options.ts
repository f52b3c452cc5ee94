/**
 * What a picker (a searchable select) offers: pure rules, no DOM. A person sees names; the id travels
 * inside. The broker's own clients come before every other match, then the rest in the server's order.
 */
export interface PickerOption {
  /** What the form sends: an organisation id, a patent number, a listing id or `bundle:<id>`. */
  id: string;
  /** What a person reads: a name or title. */
  label: string;
  /** A second line: holder, number, type. */
  detail?: string;
  /** Marked as one of the caller's own clients (shown first, with a badge). */
  client?: boolean;
}

/** Whether `query` finds `option`: any part of its label or detail, ignoring case and spaces around. */
export function optionMatches(option: PickerOption, query: string): boolean {
  const text = query.trim().toLowerCase();
  if (!text) return true;
  return option.label.toLowerCase().includes(text) || (option.detail ?? '').toLowerCase().includes(text);
}

/**
 * The options to show for `query`: the `preferred` (e.g. the broker's clients) that match it, first and marked
 * as clients, then the `found` ones not already listed, leaving out what is `chosen` already; at most `limit`.
 *
 * @example orderOptions({ query: '', preferred: [client], found: [other, client], chosen: [] }) // [client, other]
 */
export function orderOptions({
  query,
  preferred = [],
  found,
  chosen,
  limit = 20,
}: {
  query: string;
  preferred?: readonly PickerOption[];
  found: readonly PickerOption[];
  chosen: readonly PickerOption[];
  limit?: number;
}): PickerOption[] {
  const taken = new Set(chosen.map((option) => option.id));
  const listed: PickerOption[] = [];
  for (const option of preferred)
    if (!taken.has(option.id) && optionMatches(option, query)) {
      taken.add(option.id);
      listed.push({ ...option, client: true });
    }
  for (const option of found)
    if (!taken.has(option.id)) {
      taken.add(option.id);
      listed.push(option);
    }
  return listed.slice(0, limit);
}

/** The option a key press makes active: ArrowDown/ArrowUp wrap around, Home/End jump; -1 when there are none. */
export function moveActive(active: number, key: string, count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return active;
  }
}
