import type { PatentGradeDetail } from '@openlicense/contract/patents';
import { gradeBlocksDeclaration } from '@openlicense/domain/grading/grade-reason';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LedgerGrade } from '../../api/patents.ts';
import { useApp } from '../../app-context.ts';
import { gradeEffectText, gradeReasonText } from '../../format/grade-reasons.ts';
import { regionName } from '../../format/region-name.ts';
import { type MessageKey, t } from '../../i18n/messages.ts';
import { GradeHistory } from './grade-history.tsx';

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

/** The reasons of `grade` that say the patent cannot be declared now, in the reader's words. */
function blockingReasonsText(grade: LedgerGrade): string {
  return grade.reasons
    .filter((reason) => gradeBlocksDeclaration({ reasons: [reason] }))
    .map((reason) => gradeReasonText(reason))
    .join(t('patentGrade.separator'));
}

/** The grade panel's declare step when the grade says the patent cannot be declared now: disabled, saying why. */
export function DeclareBlocked({ grade }: { grade: LedgerGrade }) {
  return (
    <button
      type="button"
      class="button button-small"
      data-action="declare-blocked"
      disabled
      title={t('gradePanel.blockedTitle', { reasons: blockingReasonsText(grade) })}
    >
      {t('gradePanel.blockedTitle', { reasons: blockingReasonsText(grade) })}
    </button>
  );
}

/** Why the patent has its grade: each reason in the reader's words, how its letter last moved, and whether it can be declared now. */
export function GradeReasons({
  number,
  patentNumber,
  grade,
  action,
}: {
  /** As displayed. */
  number: string;
  /** As stored, for the API. */
  patentNumber: string;
  grade: LedgerGrade;
  /** The declaration step the panel offers (the row's own), shown unless the grade says it cannot be declared. */
  action?: ComponentChildren;
}) {
  const detail = useGradeDetail(patentNumber);
  const blocking = gradeBlocksDeclaration(grade);
  const blockingText = blockingReasonsText(grade);
  const move = grade.lastChange;
  return (
    <div class="grade-reasons" data-grade-reasons={number}>
      <p>
        <strong>{t('patentGrade.title', { number, grade: grade.grade, score: grade.score })}</strong>
      </p>
      {blocking ? (
        <p class="pill pill-danger" data-grade-blocks="declaration">
          {t('patentGrade.blocked', { reasons: blockingText })}
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
      {action !== undefined ? (
        <p class="actions" data-grade-panel-action>
          {action}
        </p>
      ) : null}
      <GradeNeeds patentNumber={patentNumber} detail={detail} />
      {detail.read ? <GradeHistory changes={detail.read.changes} /> : null}
    </div>
  );
}

/** The grade in full from the grade route, read once per opened panel. */
function useGradeDetail(patentNumber: string): { read?: PatentGradeDetail; failure?: string } {
  const { api } = useApp();
  const [state, setState] = useState<{ read?: PatentGradeDetail; failure?: string }>({});
  useEffect(() => {
    let live = true;
    api.patents.grade(patentNumber).then(
      (read) => live && setState({ read }),
      (error: unknown) =>
        live && setState({ failure: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, patentNumber]);
  return state;
}

/**
 * The live needs the patent matched, as its grade counted them: a public need by its title, score, region
 * and deal types; the others (visible to agencies only, or private) as a count and their industry chains.
 */
function GradeNeeds({
  patentNumber,
  detail: { read: detail, failure },
}: {
  patentNumber: string;
  detail: { read?: PatentGradeDetail; failure?: string };
}) {
  const { locale } = useApp();

  return (
    <div class="grade-needs" data-grade-needs={patentNumber}>
      <p>
        <strong>{t('patentGrade.needsTitle')}</strong>
      </p>
      {failure !== undefined ? (
        <p class="muted">{t('patentGrade.needsFailed', { error: failure })}</p>
      ) : detail === undefined ? (
        <p class="muted">{t('patentGrade.needsLoading')}</p>
      ) : detail.matchedNeeds.length === 0 && detail.otherNeeds.count === 0 ? (
        <p class="muted" data-needs="none">
          {t('patentGrade.needsNone')}
        </p>
      ) : (
        <ul>
          {detail.matchedNeeds.map((need) => (
            <li key={need.needId} data-need={need.needId}>
              {t('patentGrade.need', {
                title: need.title,
                score: need.score.toFixed(1),
                region: regionName(need.regionCode, locale),
                deals: need.dealTypes.map((type) => t(`need.deal.${type}` as MessageKey)).join('、'),
              })}
            </li>
          ))}
          {detail.otherNeeds.count > 0 ? (
            <li data-needs="others">
              {t('patentGrade.otherNeeds', {
                count: detail.otherNeeds.count,
                chains: detail.otherNeeds.industryChains.join('、') || t('patentGrade.noChains'),
              })}
            </li>
          ) : null}
        </ul>
      )}
    </div>
  );
}
