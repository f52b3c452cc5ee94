import type { ChainCheck } from './evidence.ts';

/**
 * A chain whose entries all hold, checked against the head stored with it (`recorded` entries ending in
 * `recordedHash`): when they disagree the chain's last entries were deleted, which the links alone cannot show.
 */
export function checkChainHead(check: ChainCheck, recorded: number, recordedHash: string): ChainCheck {
  if (!check.ok || (recorded === check.entries && recordedHash === check.headHash)) return check;
  return {
    ok: false,
    entries: check.entries,
    brokenAt: Math.min(recorded, check.entries) + 1,
    reason: 'missing_entry',
    message: `证据链末尾的条目缺失（应有 ${recorded} 条，现有 ${check.entries} 条）/ the chain's last entries are missing (${recorded} recorded, ${check.entries} found)`,
  };
}
