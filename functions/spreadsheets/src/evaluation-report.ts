import {
  type AppDeps,
  approvedOrgsInJurisdiction,
  awaitingFor,
  mapPool,
  orgQuotaReport,
  type QuotaReport,
} from '@openlicense/app';
import {
  AWAITING_STATUS_LABELS,
  type AwaitingItem,
  DomainError,
  EVIDENCE_KIND_LABELS,
  type EvidenceEntry,
  evidenceCounterpart,
  evidenceForTarget,
  evidenceSubject,
  type Org,
  type OrgType,
  QUOTA_STATUS_LABELS,
  type QuotaTarget,
  TARGET_EVIDENCE_KINDS,
  TRAININGS_HELD_LABEL,
  targetEvidenceTotals,
} from '@openlicense/domain';
import { defineLedger, type LedgerBookSheet } from '@openlicense/ledger-io';
import * as z from 'zod/mini';
import { chinaDateTime } from './push-evidence-sheet.ts';

/** One organisation's year: its targets (from its counters) and its evidence entries (oldest first). */
export interface OrgEvaluation {
  report: QuotaReport;
  entries: EvidenceEntry[];
  /** The year's results that do not count: waiting for the organisation's confirmation, or disputed. */
  awaiting?: AwaitingItem[];
  /** 宣传培训 held as the counter holds it (agencies and parks), checked against its evidence. */
  trainingsHeld?: number;
}

/**
 * `orgId`'s evaluation of `year`, or for `all` every approved organisation's in the jurisdiction of the IP
 * office of `officeRegionCode` (by region-code prefix).
 */
export async function evaluationsOf(
  deps: AppDeps,
  orgId: string,
  year: number,
  officeRegionCode?: string,
): Promise<OrgEvaluation[]> {
  const settings = await deps.store.quotaTargets.get(year);
  let orgs: Org[];
  if (orgId === 'all') orgs = await approvedOrgsInJurisdiction(deps, officeRegionCode);
  else {
    const org = await deps.store.orgs.get(orgId);
    if (!org) throw new DomainError('not_found', '未找到该机构 / organisation not found', 404);
    orgs = [org];
  }
  const evaluations = await mapPool(orgs, 6, async (org) => {
    // One read of the waiting items serves both the report's counts and the sheet's rows.
    const awaiting = await awaitingFor(deps, org.id, year);
    const broker = org.type === 'agency' || org.type === 'park';
    return {
      report: await orgQuotaReport(deps, org, year, settings, awaiting),
      entries: await deps.store.evidence.list(org.id, { year: String(year) }),
      awaiting,
      ...(broker
        ? { trainingsHeld: (await deps.store.quotas.counts(org.id, String(year))).trainingsHeld ?? 0 }
        : {}),
    };
  });
  return orgId === 'all' ? evaluations.filter((e) => e.report.targets.length > 0) : evaluations;
}

const ORG_TYPE_NAMES: Readonly<Record<OrgType, string>> = {
  university: '高校院所',
  enterprise: '企业',
  agency: '服务机构',
  park: '园区',
  ip_office: '知识产权局',
};

/** Fen as yuan, exact to the fen. */
const yuan = (fen: number) => Math.round(fen) / 100;
/** A target's value as a reader reads it: yuan for amounts. */
const shown = (value: number, unit: string) => (unit === '分' ? yuan(value) : value);
const shownUnit = (unit: string) => (unit === '分' ? '元' : unit);

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetNamer() {
  const taken = new Set<string>();
  return (wanted: string) => {
    const base =
      wanted
        .replace(/[[\]:*?/\\]/g, '、')
        .trim()
        .slice(0, 31) || '工作表';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()) || name === '填写说明'; n++) {
      const suffix = `(${n})`;
      name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}

export interface SummaryRow {
  orgName: string;
  orgType: string;
  target: string;
  targetValue: number | string;
  unit: string;
  actual: number | string;
  evidenceTotal: number | string;
  evidenceRows: number | string;
  consistent: string;
  met: string;
  status: string;
  note: string;
  sheet: string;
}

const SUMMARY_COLUMNS = [
  { key: 'orgName', header: '机构', width: 28 },
  { key: 'orgType', header: '机构类型', width: 12 },
  { key: 'target', header: '考核指标', width: 30 },
  { key: 'targetValue', header: '目标值', kind: 'number' as const, width: 14 },
  { key: 'unit', header: '单位', width: 8 },
  { key: 'actual', header: '实际完成', kind: 'number' as const, width: 14 },
  { key: 'evidenceTotal', header: '佐证合计', kind: 'number' as const, width: 14 },
  { key: 'evidenceRows', header: '佐证条数', kind: 'number' as const, width: 10 },
  { key: 'consistent', header: '与佐证核对', width: 12 },
  { key: 'met', header: '是否达成', width: 10 },
  { key: 'status', header: '状态', width: 10 },
  { key: 'note', header: '说明', width: 40 },
  { key: 'sheet', header: '明细表', width: 24 },
];

/** The summary rows of one target (two for a target met by either of two measures). */
export function summaryRows(
  report: QuotaReport,
  target: QuotaTarget,
  entries: readonly EvidenceEntry[],
  sheet: string,
): SummaryRow[] {
  const key = target.key;
  const totals = targetEvidenceTotals(evidenceForTarget(key, entries));
  const common = {
    orgName: report.orgName,
    orgType: ORG_TYPE_NAMES[report.orgType],
    evidenceRows: totals.rows,
    met: target.met ? '是' : '否',
    status: QUOTA_STATUS_LABELS[target.status],
    sheet,
  };
  const evidenceOf = (unit: string) => (unit === '分' ? totals.amountFen : totals.count);
  const row = (label: string, unit: string, value: number, actual: number, note: string): SummaryRow => ({
    ...common,
    target: label,
    targetValue: shown(value, unit),
    unit: shownUnit(unit),
    actual: shown(actual, unit),
    evidenceTotal: shown(evidenceOf(unit), unit),
    consistent: evidenceOf(unit) === actual ? '一致' : '不一致',
    note,
  });
  const range = target.upTo ? `目标 ${target.target}–${target.upTo} ${target.unit}` : '';
  const rows = [
    row(
      target.label,
      target.unit,
      target.target,
      target.actual,
      [range, target.basis ?? ''].filter(Boolean).join('；'),
    ),
  ];
  if (target.either)
    rows.push(
      row(
        `（或）${target.either.label}`,
        target.either.unit,
        target.either.target,
        target.either.actual,
        '件数或金额任一达到即达成 / met by either',
      ),
    );
  return rows;
}

/**
 * The 宣传培训 evidence of an organisation that has no 宣传培训 target (the guide states no number, so the IP
 * office may set none): reported all the same for agencies and parks, and for anyone who held one. Undefined
 * when the report already has the target (its section is a target's like any other) or nothing to show.
 */
export function untargetedBriefings(
  report: QuotaReport,
  entries: readonly EvidenceEntry[],
): EvidenceEntry[] | undefined {
  if (report.targets.some((t) => t.key === 'trainings_held')) return undefined;
  const briefings = evidenceForTarget('trainings_held', entries);
  const broker = report.orgType === 'agency' || report.orgType === 'park';
  return broker || briefings.length > 0 ? briefings : undefined;
}

/**
 * The summary row of 宣传培训 without a target: what was held as the counter holds it (`counted`; the
 * evidence's count when not given), checked against its evidence, assessed against nothing.
 */
export function untargetedBriefingRow(
  report: QuotaReport,
  briefings: readonly EvidenceEntry[],
  sheet: string,
  counted?: number,
): SummaryRow {
  const totals = targetEvidenceTotals(briefings);
  const actual = counted ?? totals.count;
  return {
    orgName: report.orgName,
    orgType: ORG_TYPE_NAMES[report.orgType],
    target: TRAININGS_HELD_LABEL,
    targetValue: '未设目标',
    unit: '场',
    actual,
    evidenceTotal: totals.count,
    evidenceRows: totals.rows,
    consistent: actual === totals.count ? '一致' : '不一致',
    met: '—',
    status: '不考核',
    note: '知识产权局未设本年宣传培训目标：只记录，不计入考核状态',
    sheet,
  };
}

export interface EvidenceRow {
  seq: number | string;
  at: string;
  kind: string;
  subject: string;
  counterpart: string;
  counts: number;
  amount: number;
  summary: string;
  targets?: string;
  hash: string;
  prevHash: string;
}

const evidenceColumns = (withTargets: boolean) => [
  { key: 'seq', header: '序号', width: 8 },
  { key: 'at', header: '时间', width: 18 },
  { key: 'kind', header: '类型', width: 14 },
  { key: 'subject', header: '事项', width: 36 },
  { key: 'counterpart', header: '对方', width: 28 },
  { key: 'counts', header: '计数', kind: 'number' as const, width: 8 },
  { key: 'amount', header: '金额（元）', kind: 'number' as const, width: 16 },
  { key: 'summary', header: '摘要', width: 50 },
  ...(withTargets ? [{ key: 'targets', header: '计入指标', width: 30 }] : []),
  { key: 'hash', header: '哈希', width: 66 },
  { key: 'prevHash', header: '前一条哈希', width: 66 },
];

const COUNTING: ReadonlySet<string> = new Set([
  'push_delivered',
  'open_licence',
  'deal_signed',
  'event_held',
  'training_held',
]);

export function evidenceRow(entry: EvidenceEntry): EvidenceRow {
  return {
    seq: entry.seq,
    at: chinaDateTime(entry.at),
    kind: EVIDENCE_KIND_LABELS[entry.kind],
    subject: evidenceSubject(entry),
    counterpart: evidenceCounterpart(entry),
    counts: COUNTING.has(entry.kind) ? 1 : 0,
    amount: yuan(entry.amountFen ?? 0),
    summary: entry.summary,
    hash: entry.hash,
    prevHash: entry.prevHash,
  };
}

/** The totals row under evidence rows: their number, their counts and their amounts added up. */
export function evidenceTotalsRow(
  entries: readonly EvidenceEntry[],
  label = '合计',
): Record<string, unknown> {
  const totals = targetEvidenceTotals(entries);
  return {
    seq: label,
    subject: `${totals.rows} 条佐证`,
    counts: totals.count,
    amount: yuan(totals.amountFen),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: export-only sheets; rows are written, never parsed.
const exportOnly = z.any() as z.ZodMiniType<any>;

/** The sheet of results that do not count (待确认 / 有异议), kept apart from the evidence that does. */
export const AWAITING_SHEET = '待确认与有异议（不计入）';

const awaitingColumns = (withOrg: boolean) => [
  ...(withOrg ? [{ key: 'orgName', header: '机构', width: 28 }] : []),
  { key: 'status', header: '状态', width: 10 },
  { key: 'since', header: '签约/登记时间', width: 18 },
  { key: 'kind', header: '类型', width: 12 },
  { key: 'title', header: '事项', width: 50 },
  { key: 'role', header: '本机构角色', width: 16 },
  { key: 'counterpart', header: '对方', width: 28 },
  { key: 'amount', header: '金额（元）', kind: 'number' as const, width: 16 },
  { key: 'reason', header: '异议理由', width: 40 },
  { key: 'id', header: '编号', width: 28 },
];

/** One row per result waiting for the organisation's confirmation or disputed by it; none count. */
export function awaitingRows(items: readonly AwaitingItem[], orgName?: string): Record<string, unknown>[] {
  return items.map((item) => ({
    ...(orgName === undefined ? {} : { orgName }),
    status: AWAITING_STATUS_LABELS[item.status],
    since: chinaDateTime(item.since),
    kind: item.kind === 'deal' ? '交易' : '开放许可付款',
    title: item.title,
    role: item.role,
    counterpart: item.counterpart,
    amount: yuan(item.amountFen),
    reason: item.reason ?? '',
    id: item.receiptId ? `${item.id}/${item.receiptId}` : item.id,
  }));
}

const awaitingSheet = (name: string, withOrg: boolean, rows: Record<string, unknown>[]): LedgerBookSheet => ({
  ledger: defineLedger({ sheetName: name, rowSchema: exportOnly, columns: awaitingColumns(withOrg) }),
  records:
    rows.length > 0
      ? rows
      : [{ status: '无', title: '本年没有待确认或有异议的成果 / nothing waits for confirmation' }],
});

/**
 * The workbook of one organisation: 绩效评价汇总 (each target, its value, the actual, the evidence total,
 * met and status), then one sheet per target with the evidence rows that prove it and their totals.
 */
export function orgEvaluationSheets({
  report,
  entries,
  awaiting,
  trainingsHeld,
}: OrgEvaluation): LedgerBookSheet[] {
  const name = sheetNamer();
  const summaryName = name('绩效评价汇总');
  const targetSheets = report.targets.map((target, i) => {
    const proving = evidenceForTarget(target.key, entries);
    return {
      target,
      proving,
      sheetName: name(`${i + 1} ${target.label}`),
    };
  });
  const briefings = untargetedBriefings(report, entries);
  const briefingSheet = briefings && {
    proving: briefings,
    sheetName: name(`${targetSheets.length + 1} ${TRAININGS_HELD_LABEL}`),
  };
  return [
    {
      ledger: defineLedger({ sheetName: summaryName, rowSchema: exportOnly, columns: SUMMARY_COLUMNS }),
      records: [
        ...targetSheets.flatMap(({ target, sheetName }) => summaryRows(report, target, entries, sheetName)),
        ...(briefingSheet
          ? [untargetedBriefingRow(report, briefingSheet.proving, briefingSheet.sheetName, trainingsHeld)]
          : []),
      ],
    },
    ...[...targetSheets, ...(briefingSheet ? [briefingSheet] : [])].map(({ proving, sheetName }) => ({
      ledger: defineLedger({ sheetName, rowSchema: exportOnly, columns: evidenceColumns(false) }),
      records: [...proving.map(evidenceRow), evidenceTotalsRow(proving)],
    })),
    awaitingSheet(name(AWAITING_SHEET), false, awaitingRows(awaiting ?? [])),
  ];
}

/**
 * The IP office's workbook of every organisation: 全部机构汇总 (every organisation's targets), then one
 * sheet per organisation with all its evidence of the year (which targets each row counts for) and a
 * totals row per target.
 */
export function allEvaluationSheets(evaluations: readonly OrgEvaluation[]): LedgerBookSheet[] {
  const name = sheetNamer();
  const summaryName = name('全部机构汇总');
  const orgSheets = evaluations.map((evaluation) => ({
    evaluation,
    sheetName: name(evaluation.report.orgName),
    briefings: untargetedBriefings(evaluation.report, evaluation.entries),
  }));
  return [
    {
      ledger: defineLedger({ sheetName: summaryName, rowSchema: exportOnly, columns: SUMMARY_COLUMNS }),
      records: orgSheets.flatMap(
        ({ evaluation: { report, entries, trainingsHeld }, sheetName, briefings }) => [
          ...report.targets.flatMap((target) => summaryRows(report, target, entries, sheetName)),
          ...(briefings ? [untargetedBriefingRow(report, briefings, sheetName, trainingsHeld)] : []),
        ],
      ),
    },
    ...orgSheets.map(({ evaluation: { report, entries }, sheetName, briefings }) => ({
      ledger: defineLedger({ sheetName, rowSchema: exportOnly, columns: evidenceColumns(true) }),
      records: [
        ...entries.map((entry) => ({
          ...evidenceRow(entry),
          targets:
            report.targets
              .filter((t) => TARGET_EVIDENCE_KINDS[t.key].includes(entry.kind))
              .map((t) => t.label)
              .join('；') || (entry.kind === 'training_held' ? `${TRAININGS_HELD_LABEL}（未设目标）` : ''),
        })),
        ...report.targets.map((target) =>
          evidenceTotalsRow(evidenceForTarget(target.key, entries), `合计：${target.label}`),
        ),
        ...(briefings ? [evidenceTotalsRow(briefings, `合计：${TRAININGS_HELD_LABEL}`)] : []),
      ],
    })),
    awaitingSheet(
      name(AWAITING_SHEET),
      true,
      evaluations.flatMap((e) => awaitingRows(e.awaiting ?? [], e.report.orgName)),
    ),
  ];
}
