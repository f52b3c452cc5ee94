/** The date in China `offsetDays` from now, `YYYY-MM-DD`. */
export function chinaDate(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** A valid grant body: from today for a year, to `agentOrgId`. */
export const authorisationInput = (agentOrgId: string, overrides: Record<string, unknown> = {}) => ({
  agentOrgId,
  validFrom: chinaDate(),
  validUntil: chinaDate(365),
  scope: 'needs',
  note: '委托代为征集技术需求',
  ...overrides,
});
