import type { LedgerGrade, PatentGradeDetail } from '@openlicense/contract';
import type { Patent, PatentGradeLetter } from '@openlicense/domain';
import { gradeReasonsChanged } from '@openlicense/domain/grading/grade-change';
import type { PatentGradeRecord } from '@openlicense/store';
import { ApiError } from '../api-error.ts';
import type { AppDeps } from '../deps.ts';

const GRADE_RANK: Readonly<Record<PatentGradeLetter, number>> = { A: 0, B: 1, C: 2, D: 3 };

/** Best first: the letter, then the score, then the number (so a page boundary never moves). */
const byGrade = (a: PatentGradeRecord, b: PatentGradeRecord) =>
  GRADE_RANK[a.grade.grade] - GRADE_RANK[b.grade.grade] ||
  b.grade.score - a.grade.score ||
  (a.patentId < b.patentId ? -1 : a.patentId > b.patentId ? 1 : 0);

/** What a ledger row shows of a stored grade: letter, score, reasons, and the last move of its letter. */
export function ledgerGrade(record: PatentGradeRecord): LedgerGrade {
  const last = record.changes[0];
  return {
    ...record.grade,
    computedAt: record.computedAt,
    ...(last ? { lastChange: { at: last.at, from: last.from, to: last.to } } : {}),
  };
}

/** The grades of the listed patents of `holder`, by patent number (a patent not graded yet is absent). */
export async function gradesOf(
  deps: AppDeps,
  holder: string,
  patents: readonly Patent[],
  known?: ReadonlyMap<string, PatentGradeRecord>,
): Promise<Record<string, LedgerGrade>> {
  const missing = patents.map((patent) => patent.number).filter((number) => !known?.has(number));
  const read = missing.length > 0 ? await deps.store.patentGrades.getMany(missing) : new Map();
  const grades: Record<string, LedgerGrade> = {};
  for (const patent of patents) {
    const record = known?.get(patent.number) ?? read.get(patent.number);
    if (record && record.holderOrgId === holder) grades[record.patentId] = ledgerGrade(record);
  }
  return grades;
}

const BAD_CURSOR = '分页游标无效 / the cursor is not valid for this list';
const badCursor = () =>
  new ApiError(400, 'invalid_cursor', BAD_CURSOR, [{ path: 'cursor', message: BAD_CURSOR }]);

/**
 * A ledger page by grade (`sort=grade` and/or `grade=A,B`): the holder's graded patents best first, only the
 * letters asked for when `letters` is given; sorting without a filter then goes on with the patents not graded
 * yet, in ledger order. The cursor is `g<offset>` among the graded ones, then `l<ledger cursor>`.
 */
export async function ledgerPageByGrade(
  deps: AppDeps,
  holder: string,
  options: { limit: number; cursor?: string; letters?: readonly PatentGradeLetter[] },
): Promise<{ items: Patent[]; nextCursor?: string; graded: Map<string, PatentGradeRecord> }> {
  const { limit, cursor, letters } = options;
  const records = (await deps.store.patentGrades.listByHolder(holder))
    .filter((record) => !letters || letters.includes(record.grade.grade))
    .sort(byGrade);
  const graded = new Map(records.map((record) => [record.patentId, record]));
  const items: Patent[] = [];
  let ledgerCursor: string | undefined;
  if (cursor === undefined || cursor.startsWith('g')) {
    const offset = cursor === undefined ? 0 : Number(cursor.slice(1));
    if (!Number.isInteger(offset) || offset < 0) throw badCursor();
    const slice = records.slice(offset, offset + limit);
    const patents = await deps.store.patents.getMany(slice.map((record) => record.patentId));
    for (const record of slice) {
      const patent = patents.get(record.patentId);
      if (patent && patent.holderOrgId === holder) items.push(patent);
    }
    if (offset + limit < records.length) return { items, nextCursor: `g${offset + limit}`, graded };
    if (letters) return { items, graded };
  } else if (cursor.startsWith('l') && !letters) {
    ledgerCursor = cursor.slice(1);
  } else throw badCursor();
  // The patents not graded yet, after the graded ones.
  const page = await deps.store.patents.listByHolder(holder, {
    limit,
    ...(ledgerCursor ? { cursor: ledgerCursor } : {}),
  });
  items.push(...page.items.filter((patent) => !graded.has(patent.number)));
  return page.nextCursor ? { items, nextCursor: `l${page.nextCursor}`, graded } : { items, graded };
}

/**
 * A patent's grade in full: the grade, the needs it matched (a public need by its title, region and deal
 * types; the others only counted, with their industry chains) and how its letter moved.
 */
export async function patentGradeDetail(
  deps: AppDeps,
  patent: Pick<Patent, 'number' | 'holderOrgId'>,
): Promise<PatentGradeDetail> {
  const record = await deps.store.patentGrades.get(patent.number);
  if (!record || record.holderOrgId !== patent.holderOrgId)
    return {
      number: patent.number,
      grade: null,
      matchedNeeds: [],
      otherNeeds: { count: 0, industryChains: [] },
      changes: [],
    };
  const needs = await Promise.all(record.matchedNeeds.map((matched) => deps.store.needs.get(matched.needId)));
  const matchedNeeds: PatentGradeDetail['matchedNeeds'] = [];
  const chains = new Set<string>();
  let others = 0;
  record.matchedNeeds.forEach((matched, i) => {
    const need = needs[i];
    if (!need) return;
    if (need.visibility === 'public')
      matchedNeeds.push({
        needId: need.id,
        score: matched.score,
        title: need.title,
        regionCode: need.regionCode,
        dealTypes: [...need.dealTypes],
      });
    else {
      others++;
      for (const chain of need.industryChains) chains.add(chain);
    }
  });
  return {
    number: patent.number,
    grade: ledgerGrade(record),
    matchedNeeds,
    otherNeeds: { count: others, industryChains: [...chains] },
    changes: gradeHistory(record),
  };
}

/**
 * Each move of the patent's letter, newest first, with the reasons that changed from the grade before it
 * (the next older move's); the oldest move kept has none before it, so all its reasons count as new.
 */
export function gradeHistory(record: Pick<PatentGradeRecord, 'changes'>): PatentGradeDetail['changes'] {
  return record.changes.map((change, i) => ({
    ...change,
    ...gradeReasonsChanged(change.reasons, record.changes[i + 1]?.reasons),
  }));
}
