/**
 * Readers for the real Chinese records in ../shared/eval-data (see its README). Tests and
 * benchmarks only: the library itself never reads files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface TitledPatent {
  readonly publicationNumber: string;
  readonly title: string;
  readonly ipcSubclasses: readonly string[];
}

export interface AbstractedPatent {
  readonly id: string;
  readonly title: string;
  readonly assignee: string;
  readonly abstract: string;
  readonly labelId: number;
}

export interface EnterpriseNeed {
  readonly rid: string;
  readonly title: string;
  readonly text: string;
}

const EVAL_DATA = new URL('../../../../shared/eval-data/', import.meta.url);

function readEvalFile(relative: string): string {
  const path = fileURLToPath(new URL(relative, EVAL_DATA));
  if (!existsSync(path)) {
    throw new Error(
      `eval data missing: ${path} — the matching evaluation needs ../shared/eval-data beside the repository (see its README)`,
    );
  }
  return readFileSync(path, 'utf8');
}

/** One CSV record's fields: commas inside double quotes do not split, "" is a quote. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

export function readTitledPatents(): TitledPatent[] {
  const [head, ...rows] = readEvalFile('patents-titles-ipc/patent_titles_ipc.csv').split(/\r?\n/);
  if (head !== 'publication_number,title,ipc_subclasses') throw new Error(`unexpected CSV header: ${head}`);
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const [publicationNumber = '', title = '', ipc = ''] = parseCsvLine(row);
      return { publicationNumber, title, ipcSubclasses: ipc.split('|').filter(Boolean) };
    });
}

function readJsonLines(relative: string): unknown[] {
  return readEvalFile(relative)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

export function readAbstractedPatents(): AbstractedPatent[] {
  return readJsonLines('patents-abstracts-ccf2022/patents.jsonl').map((row) => {
    const r = row as { id: string; title: string; assignee: string; abstract: string; label_id: number };
    return { id: r.id, title: r.title, assignee: r.assignee, abstract: r.abstract, labelId: r.label_id };
  });
}

export function readEnterpriseNeeds(): EnterpriseNeed[] {
  return readJsonLines('enterprise-needs-ccf2019/needs.jsonl') as EnterpriseNeed[];
}
