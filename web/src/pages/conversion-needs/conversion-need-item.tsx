import type { ConversionNeed, ConversionNeedStatus } from '../../api/conversion-needs.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import type { Badge } from '../../format/badge.ts';
import { regionName } from '../../format/region-name.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

const TONES: Readonly<Record<ConversionNeedStatus, Badge['tone']>> = {
  open: 'ok',
  answered: 'info',
  closed: 'muted',
  withdrawn: 'muted',
};

export const conversionNeedBadge = (status: ConversionNeedStatus): Badge => ({
  label: `cneed.status.${status}`,
  tone: TONES[status],
});

/** One conversion need in a list: kind, what it is on, who posted it, until when; links to its page. */
export function ConversionNeedItem({ need }: { need: ConversionNeed }) {
  const { locale } = useApp();
  return (
    <li class="review-item" data-conversion-need-id={need.id}>
      <div class="title-line">
        <strong>{t(`cneed.kind.${need.kind}`)}</strong>
        <span>· {need.subject.title}</span>
        <BadgePill badge={conversionNeedBadge(need.status)} />
      </div>
      <p class="small muted">
        {t(`cneed.subject.${need.subject.kind}`)} · {t('cneed.poster')}：{need.posterName} ·{' '}
        {regionName(need.regionCode, locale)} · {t('cneed.closing', { date: need.closingDate })} ·{' '}
        {t('cneed.answers', { count: need.answerCount })}
      </p>
      <p class="small">{need.description}</p>
      <a
        class="button button-small"
        data-action="open-conversion-need"
        href={screenHref('conversionNeeds', [need.id])}
      >
        {t('cneed.open')}
      </a>
    </li>
  );
}
