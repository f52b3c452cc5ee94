import type { Badge } from '../format/badge.ts';
import { t } from '../i18n/messages.ts';

/** One status as a coloured pill; the tone comes from the badge helpers, the text from the catalogue. */
export function BadgePill({ badge }: { badge: Badge }) {
  return (
    <span class={`pill pill-${badge.tone}`} data-badge={badge.label}>
      {t(badge.label, badge.params)}
    </span>
  );
}

export function BadgeList({ badges }: { badges: readonly Badge[] }) {
  return (
    <span class="pills">
      {badges.map((badge) => (
        <BadgePill key={badge.label} badge={badge} />
      ))}
    </span>
  );
}
