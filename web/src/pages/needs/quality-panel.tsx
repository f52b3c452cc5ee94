import type { NeedQuality } from '../../api/needs.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { qualityBadge } from '../../format/need-badges.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';

interface QualityPanelProps {
  quality: NeedQuality | null;
  /** While editing: the hints follow the typing. */
  live?: boolean;
  checking?: boolean;
}

/** The need's score and what would make it easier to match, most important first. */
export function QualityPanel({ quality, live = false, checking = false }: QualityPanelProps) {
  const { locale } = useApp();
  return (
    <aside
      class="card quality-panel"
      aria-labelledby="need-quality-title"
      id="need-quality"
      aria-live="polite"
    >
      <div class="card-head">
        <h2 id="need-quality-title">{t('need.quality.title')}</h2>
        {quality && <BadgePill badge={qualityBadge(quality.score)} />}
      </div>
      {live && <p class="muted small">{checking ? t('need.quality.checking') : t('need.quality.live')}</p>}
      {quality &&
        (quality.hints.length === 0 ? (
          <p class="quality-ok">{t('need.quality.none')}</p>
        ) : (
          <ul class="hints">
            {quality.hints.map((hint) => (
              <li key={hint.code} class={`hint hint-${hint.severity}`} data-hint={hint.code}>
                <span class="hint-severity">{t(`need.severity.${hint.severity}`)}</span>
                <span>{localiseServerMessage(hint.message, locale)}</span>
              </li>
            ))}
          </ul>
        ))}
    </aside>
  );
}
