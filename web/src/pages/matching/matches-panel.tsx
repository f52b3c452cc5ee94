import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import type { MatchView } from '../../api/pushes.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { MatchExplanationView } from '../../components/match-explanation.tsx';
import { formatDateTime } from '../../format/date-time.ts';
import { scoreBadge } from '../../format/match-explanation.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/**
 * The stored matches of one need (listings and bundles) or one listing (needs, so enterprises), best first,
 * each with its explanation. A caller who may not see them (403) or a listing without matches (404) sees
 * nothing, so the panel can sit on pages open to everyone.
 */
export function MatchesPanel({ side, id }: { side: 'need' | 'listing'; id: string }) {
  const { api, locale, reportError } = useApp();
  const [items, setItems] = useState<MatchView[] | null>(null);
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    let live = true;
    const load = side === 'need' ? api.pushes.needMatches(id) : api.pushes.listingMatches(id);
    load.then(
      (answer) => {
        if (live) setItems([...answer.items].sort((a, b) => b.score - a.score));
      },
      (error: unknown) => {
        if (!live) return;
        if (
          error instanceof ApiError &&
          (error.status === 403 || error.status === 404 || error.status === 401)
        )
          setHidden(true);
        else {
          setItems([]);
          reportError(error);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api, side, id, reportError]);

  if (hidden) return null;
  return (
    <section class="card" aria-labelledby={`matches-title-${side}`} id="matches-panel" data-side={side}>
      <h2 id={`matches-title-${side}`}>{t('match.title')}</h2>
      <p class="muted small">{t(side === 'need' ? 'match.intro.need' : 'match.intro.listing')}</p>
      {items === null ? (
        <p class="muted">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p class="empty">{t('match.empty')}</p>
      ) : (
        <ol class="review-list match-list">
          {items.map((match) => (
            <li
              key={`${match.needId}-${match.listingId}`}
              class="review-item"
              data-listing-id={match.listingId}
              data-need-id={match.needId}
              data-score={match.score}
            >
              <div class="review-head">
                <h3>
                  {side === 'need' ? (
                    match.listingKind === 'listing' ? (
                      <a href={screenHref('catalogue', [match.listingId])}>{match.listingTitle}</a>
                    ) : (
                      match.listingTitle
                    )
                  ) : (
                    <a href={screenHref('needs', [match.needId])}>{match.needTitle}</a>
                  )}
                </h3>
                <span class="pills">
                  {match.listingKind === 'bundle' && side === 'need' && (
                    <span class="pill pill-muted">{t('match.bundle')}</span>
                  )}
                  {match.pushed && <span class="pill pill-info">{t('match.pushed')}</span>}
                  <BadgePill badge={scoreBadge(match.score)} />
                </span>
              </div>
              <p class="muted small">
                {side === 'need'
                  ? t('match.holder', { name: match.holderName })
                  : t('match.enterprise', { name: match.enterpriseName })}
                {' · '}
                {t('match.computedAt', { at: formatDateTime(match.computedAt, locale) })}
              </p>
              <MatchExplanationView explanation={match.explanation} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
