import { gradeReasonsZh, type Patent } from '@openlicense/domain';
import { defineLedger } from '@openlicense/ledger-io';
import type { PatentGradeRecord } from '@openlicense/store';
import { PATENT_SHEET, toSheet } from './patent-sheet.ts';

/** What the reasons cell says of a patent the matcher has not graded yet (its grade cell stays empty). */
export const NOT_GRADED_NOTE = '尚未分级：新登记或刚修改的专利在下次分级后显示等级';

/**
 * The ledger as exported: the import's columns, then the patent's transfer-potential grade (分级分类) and its
 * reasons on one line. The import ignores the two extra headers, so an export still imports back.
 */
export const PATENT_EXPORT_SHEET = defineLedger({
  ...PATENT_SHEET,
  columns: [
    ...PATENT_SHEET.columns,
    { key: 'grade', header: '转化潜力等级', example: 'A', width: 12 },
    { key: 'gradeReasons', header: '分级理由', example: '', width: 60 },
  ],
});

/** A patent's export row: its ledger cells, its grade letter and the grade's reasons in Chinese. */
export function toExportSheet(patent: Patent, grade: PatentGradeRecord | undefined): Record<string, unknown> {
  return {
    ...toSheet(patent),
    grade: grade?.grade.grade ?? '',
    gradeReasons: grade ? gradeReasonsZh(grade.grade.reasons) : NOT_GRADED_NOTE,
  };
}
