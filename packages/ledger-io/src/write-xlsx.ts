import { zipSync } from 'fflate';
import { columnLetter } from './column-letter.ts';
import type { CellStyle, CellValue, RichRun, SheetModel } from './xlsx-model.ts';
import { escapeCellText, escapeXml } from './xml-text.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TEXT_FORMAT = 49;

/** Index of each style in styles.xml's cellXfs; 0 is the default. */
const STYLE_INDEX: Record<CellStyle, number> = {
  text: 1,
  header: 2,
  example: 3,
  exampleText: 4,
  notesHeader: 5,
  wrap: 6,
};

const STYLES = `${XML}<styleSheet xmlns="${MAIN}">\
<fonts count="3">\
<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><i/><sz val="11"/><color rgb="FF808080"/><name val="Calibri"/><family val="2"/></font>\
</fonts>\
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFEFEFEF"/><bgColor indexed="64"/></patternFill></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="7">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="${TEXT_FORMAT}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">\
<alignment horizontal="center" vertical="center"/></xf>\
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="${TEXT_FORMAT}" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
<alignment vertical="top" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
<alignment vertical="top" wrapText="1"/></xf>\
</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>`;

/** Shared strings in first-use order; rich text is never shared with plain text of the same letters. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];

  add(value: string | readonly RichRun[]): number {
    const item =
      typeof value === 'string' ? `<si>${textElement(value)}</si>` : `<si>${value.map(run).join('')}</si>`;
    let at = this.index.get(item);
    if (at === undefined) {
      at = this.items.length;
      this.items.push(item);
      this.index.set(item, at);
    }
    return at;
  }

  xml(uses: number): string {
    return `${XML}<sst xmlns="${MAIN}" count="${uses}" uniqueCount="${this.items.length}">${this.items.join('')}</sst>`;
  }
}

function textElement(text: string): string {
  const escaped = escapeCellText(text);
  return /^\s|\s$|\n/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

function run(part: RichRun): string {
  const properties = `${part.bold ? '<b/>' : ''}<sz val="11"/>${part.color ? `<color rgb="${part.color}"/>` : ''}<rFont val="Calibri"/><family val="2"/>`;
  return `<r><rPr>${properties}</rPr>${textElement(part.text)}</r>`;
}

/**
 * Writes sheets as a minimal standard XLSX (content types, relationships, workbook, styles, shared
 * strings, one part per sheet) that Excel, WPS and LibreOffice open. Text is XML-escaped with the
 * characters XML 1.0 forbids dropped; numbers that are not finite are written as their text.
 */
export function writeXlsx(sheets: readonly SheetModel[]): Uint8Array {
  const strings = new SharedStrings();
  let uses = 0;
  const cellXml = (value: CellValue, address: string, style: number): string => {
    const s = style ? ` s="${style}"` : '';
    if (value === null) return style ? `<c r="${address}"${s}/>` : '';
    if (typeof value === 'number' && Number.isFinite(value))
      return `<c r="${address}"${s}><v>${value}</v></c>`;
    uses++;
    return `<c r="${address}"${s} t="s"><v>${strings.add(typeof value === 'number' ? String(value) : value)}</v></c>`;
  };
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  for (const [at, sheet] of sheets.entries()) {
    files[`xl/worksheets/sheet${at + 1}.xml`] = encoder.encode(sheetXml(sheet, cellXml));
  }
  const sheetEntries = sheets.map((sheet, at) => ({ name: sheet.name, id: at + 1 }));
  return zipSync(
    {
      '[Content_Types].xml': encoder.encode(contentTypes(sheets.length)),
      '_rels/.rels': encoder.encode(
        `${XML}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': encoder.encode(workbookXml(sheets)),
      'xl/_rels/workbook.xml.rels': encoder.encode(
        `${XML}<Relationships xmlns="${PACKAGE_REL}">${sheetEntries
          .map(
            ({ id }) =>
              `<Relationship Id="rId${id}" Type="${REL}/worksheet" Target="worksheets/sheet${id}.xml"/>`,
          )
          .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>\
<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      'xl/styles.xml': encoder.encode(STYLES),
      ...files,
      'xl/sharedStrings.xml': encoder.encode(strings.xml(uses)),
    },
    { level: 6 },
  );
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, at) =>
      `<Override PartName="/xl/worksheets/sheet${at + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
${sheets}\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
</Types>`;
}

/** `'my sheet'!$A$1:$C$9`, the sheet name quoted as formulas quote it. */
function sheetRange(name: string, columns: number, lastRow: number): string {
  return `'${name.replace(/'/g, "''")}'!$A$1:$${columnLetter(Math.max(columns, 1) - 1)}$${lastRow}`;
}

function workbookXml(sheets: readonly SheetModel[]): string {
  const entries = sheets
    .map((sheet, at) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${at + 1}" r:id="rId${at + 1}"/>`)
    .join('');
  const filters = sheets
    .map((sheet, at) =>
      sheet.filterTo === undefined
        ? ''
        : `<definedName name="_xlnm._FilterDatabase" localSheetId="${at}" hidden="1">${escapeXml(
            sheetRange(sheet.name, sheet.columns.length, Math.max(sheet.filterTo, 1)),
          )}</definedName>`,
    )
    .join('');
  return `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>\
<sheets>${entries}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`;
}

function sheetXml(
  sheet: SheetModel,
  cellXml: (value: CellValue, address: string, style: number) => string,
): string {
  const widest = Math.max(sheet.columns.length, ...sheet.rows.map((row) => row.length), 1);
  const lastRow = Math.max(sheet.rows.length, 1);
  const parts: string[] = [
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${columnLetter(widest - 1)}${lastRow}"/>`,
  ];
  parts.push(
    sheet.freezeHeader
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columns.length > 0) {
    parts.push('<cols>');
    for (const [at, column] of sheet.columns.entries()) {
      const style = column.text ? ` style="${STYLE_INDEX.text}"` : '';
      parts.push(`<col min="${at + 1}" max="${at + 1}" width="${column.width}" customWidth="1"${style}/>`);
    }
    parts.push('</cols>');
  }
  parts.push('<sheetData>');
  for (const [at, cells] of sheet.rows.entries()) {
    const row = at + 1;
    parts.push(`<row r="${row}">`);
    for (const [column, cell] of cells.entries()) {
      parts.push(
        cellXml(cell.value, `${columnLetter(column)}${row}`, cell.style ? STYLE_INDEX[cell.style] : 0),
      );
    }
    parts.push('</row>');
  }
  parts.push('</sheetData>');
  if (sheet.filterTo !== undefined) {
    const last = columnLetter(Math.max(sheet.columns.length, 1) - 1);
    parts.push(`<autoFilter ref="A1:${last}${Math.max(sheet.filterTo, 1)}"/>`);
  }
  const validations = sheet.validations ?? [];
  if (validations.length > 0) {
    parts.push(`<dataValidations count="${validations.length}">`);
    for (const validation of validations) {
      const letter = columnLetter(validation.column);
      parts.push(
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml(validation.errorTitle)}" \
error="${escapeXml(validation.error)}" sqref="${letter}${validation.fromRow}:${letter}${validation.toRow}">\
<formula1>${escapeXml(`"${validation.labels.join(',')}"`)}</formula1></dataValidation>`,
      );
    }
    parts.push('</dataValidations>');
  }
  parts.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
  );
  return parts.join('');
}
