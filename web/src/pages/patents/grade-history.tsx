import type { PatentGradeDetail } from '@openlicense/contract/patents';
import { gradeReasonText } from '../../format/grade-reasons.ts';
import { t } from '../../i18n/messages.ts';

type Change = PatentGradeDetail['changes'][number];

/** Each move of the patent's grade letter, newest first: when, from → to, and the reasons that changed. */
export function GradeHistory({ changes }: { changes: readonly Change[] }) {
  return (
    <div class="grade-history" data-grade-history>
      <p>
        <strong>{t('gradeHistory.title')}</strong>
      </p>
      {changes.length === 0 ? (
        <p class="muted">{t('gradeHistory.none')}</p>
      ) : (
        <ol>
          {changes.map((change) => (
            <li key={change.at} data-grade-change={`${change.from ?? ''}>${change.to}`}>
              <span>
                {change.from
                  ? t('gradeHistory.move', { at: change.at.slice(0, 10), from: change.from, to: change.to })
                  : t('gradeHistory.first', { at: change.at.slice(0, 10), to: change.to })}
              </span>
              <ChangedReasons change={change} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function ChangedReasons({ change }: { change: Change }) {
  if (change.added.length === 0 && change.removed.length === 0)
    return <p class="muted small">{t('gradeHistory.unchanged')}</p>;
  const list = (reasons: Change['added']) =>
    reasons.map((reason) => gradeReasonText(reason)).join(t('patentGrade.separator'));
  return (
    <>
      {change.added.length > 0 ? (
        <p class="small" data-reasons-added>
          {t('gradeHistory.added')}
          {list(change.added)}
        </p>
      ) : null}
      {change.removed.length > 0 ? (
        <p class="small muted" data-reasons-removed>
          {t('gradeHistory.removed')}
          {list(change.removed)}
        </p>
      ) : null}
    </>
  );
}
