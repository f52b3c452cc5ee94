import { gradeBlocksDeclaration } from '@openlicense/domain/grading/grade-reason';
import type { LedgerGrade } from '../../api/patents.ts';
import { gradeEffectText, gradeReasonText } from '../../format/grade-reasons.ts';
import { t } from '../../i18n/messages.ts';

const GRADE_PILL = { A: 'pill-ok', B: 'pill-info', C: 'pill-warn', D: 'pill-danger' } as const;

/** The grade letter of a ledger row, a button that opens its reasons; "not graded" when there is none. */
export function GradeLetter({
  grade,
  open,
  onToggle,
}: {
  grade: LedgerGrade | undefined;
  open: boolean;
  onToggle: () => void;
}) {
  if (!grade)
    return (
      <span class="pill pill-muted" data-grade="none">
        {t('patentGrade.none')}
      </span>
    );
  return (
    <button
      type="button"
      class={`pill ${GRADE_PILL[grade.grade]}`}
      data-grade={grade.grade}
      data-action="grade-reasons"
      aria-expanded={open}
      title={t('patentGrade.open', { grade: grade.grade, score: grade.score })}
      aria-label={t('patentGrade.open', { grade: grade.grade, score: grade.score })}
      onClick={onToggle}
    >
      {grade.grade}
    </button>
  );
}

/** Why the patent has its grade: each reason in the reader's words, how its letter last moved, and whether it can be declared now. */
export function GradeReasons({ number, grade }: { number: string; grade: LedgerGrade }) {
  const blocking = gradeBlocksDeclaration(grade);
  const move = grade.lastChange;
  return (
    <div class="grade-reasons" data-grade-reasons={number}>
      <p>
        <strong>{t('patentGrade.title', { number, grade: grade.grade, score: grade.score })}</strong>
      </p>
      {blocking ? (
        <p class="pill pill-danger" data-grade-blocks="declaration">
          {t('patentGrade.blocked', {
            reasons: grade.reasons
              .filter((reason) => gradeBlocksDeclaration({ reasons: [reason] }))
              .map((reason) => gradeReasonText(reason))
              .join(t('patentGrade.separator')),
          })}
        </p>
      ) : null}
      <ul>
        {grade.reasons.map((reason) => (
          <li key={reason.code} data-reason={reason.code}>
            {gradeReasonText(reason)}
            {reason.effect !== 0 ? <span class="muted small"> {gradeEffectText(reason.effect)}</span> : null}
          </li>
        ))}
      </ul>
      <p class="muted small">
        {move
          ? move.from
            ? t('patentGrade.lastChange', { at: move.at.slice(0, 10), from: move.from, to: move.to })
            : t('patentGrade.firstGrade', { at: move.at.slice(0, 10), to: move.to })
          : t('patentGrade.computedAt', { at: grade.computedAt.slice(0, 10) })}
      </p>
    </div>
  );
}
