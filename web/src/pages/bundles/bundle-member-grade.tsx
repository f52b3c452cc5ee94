import type { LedgerGrade } from '../../api/patents.ts';
import { gradeReasonText } from '../../format/grade-reasons.ts';
import { t } from '../../i18n/messages.ts';

const GRADE_PILL = { A: 'pill-ok', B: 'pill-info', C: 'pill-warn', D: 'pill-danger' } as const;

/**
 * A member patent's grade (分级分类) in the bundle's member table, for the organiser and the holders: the
 * letter, which opens its reasons in the reader's language; "not graded" until the nightly grading.
 */
export function BundleMemberGrade({ grade }: { grade: LedgerGrade | undefined }) {
  if (!grade)
    return (
      <span class="pill pill-muted" data-grade="none">
        {t('bundleGrade.none')}
      </span>
    );
  return (
    <details data-grade={grade.grade}>
      <summary>
        <span class={`pill ${GRADE_PILL[grade.grade]}`}>{grade.grade}</span>{' '}
        <span class="muted small">
          {t('bundleGrade.summary', { grade: grade.grade, score: grade.score })}
        </span>
      </summary>
      <ul class="small" data-grade-reasons>
        {grade.reasons.map((reason) => (
          <li key={reason.code} data-reason={reason.code}>
            {gradeReasonText(reason)}
          </li>
        ))}
      </ul>
    </details>
  );
}
