import { foldLabel } from './fold-text.ts';
import type { Column } from './types.ts';

/** Reads a label (or a stored value) typed by the user; `undefined` when it is not accepted. */
export function labelReader(column: Column): (text: string) => string | undefined {
  const byLabel = new Map<string, string>();
  for (const [label, value] of Object.entries(column.values ?? {})) {
    if (!byLabel.has(foldLabel(label))) byLabel.set(foldLabel(label), value);
  }
  // Stored values are accepted too, so a file exported by a script or in English still imports.
  for (const value of Object.values(column.values ?? {})) {
    if (!byLabel.has(foldLabel(value))) byLabel.set(foldLabel(value), value);
  }
  return (text) => byLabel.get(foldLabel(text));
}

/** Writes a stored value as its first label; values with no label are written as they are. */
export function labelWriter(column: Column): (value: string) => string {
  const byValue = new Map<string, string>();
  for (const [label, value] of Object.entries(column.values ?? {})) {
    if (!byValue.has(value)) byValue.set(value, label);
  }
  return (value) => byValue.get(value) ?? value;
}

/** The labels offered to the user, without synonyms that share a stored value. */
export function offeredLabels(column: Column): string[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const [label, value] of Object.entries(column.values ?? {})) {
    if (seen.has(value)) continue;
    seen.add(value);
    labels.push(label);
  }
  return labels;
}
