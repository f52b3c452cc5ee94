import type { QuotaKey } from '../api/quotas.ts';
import type { OrgType } from '../api/types.ts';

/**
 * The evidence sections of the printed evaluation, in order: one per target, then 宣传培训 (briefings and
 * training) for an agency or park whose year has no 宣传培训 target — the guide states no number, so the IP
 * office may set none, yet the report still shows what was held. `untargeted` is that extra section.
 */
export function evaluationSections(quotas: {
  orgType?: OrgType | undefined;
  targets: readonly { key: QuotaKey }[];
}): { key: QuotaKey; untargeted: boolean }[] {
  const sections = quotas.targets.map((target) => ({ key: target.key, untargeted: false }));
  const broker = quotas.orgType === 'agency' || quotas.orgType === 'park';
  if (broker && !sections.some((s) => s.key === 'trainings_held'))
    sections.push({ key: 'trainings_held', untargeted: true });
  return sections;
}
