import type { MessageKey } from '../i18n/messages.ts';

/**
 * Maps a server audit action (e.g. `org.applied`, `org.approved`) to a catalogue label;
 * unknown actions return `null` and the timeline shows the server's summary instead.
 */
export function auditActionLabel(action: string): MessageKey | null {
  const verb = action.split(/[.:/]/).pop()?.toLowerCase() ?? '';
  if (['applied', 'apply', 'submitted', 'created'].includes(verb)) return 'audit.action.applied';
  if (['resubmitted', 'reapplied'].includes(verb)) return 'audit.action.resubmitted';
  if (['approved', 'approve'].includes(verb)) return 'audit.action.approved';
  if (['rejected', 'reject'].includes(verb)) return 'audit.action.rejected';
  return null;
}
