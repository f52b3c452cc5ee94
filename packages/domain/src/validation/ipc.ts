import * as z from 'zod/mini';
import { foldWidth } from './normalise.ts';

export type IpcLevel = 'section' | 'class' | 'subclass' | 'main_group' | 'subgroup';

export interface IpcCode {
  section: string;
  /** Two digits, e.g. `01`. */
  class?: string;
  /** One letter, e.g. `M`. */
  subclass?: string;
  /** Main group without leading zeros, e.g. `10`. */
  mainGroup?: string;
  /** Subgroup digits after the slash; `00` for a main group. */
  subgroup?: string;
  level: IpcLevel;
  /** e.g. `H01M 10/052`, `H01M 10/00`, `H01M`, `H01`, `H`. */
  canonical: string;
}

export type IpcFailure = 'format' | 'section';

export type IpcResult = { ok: true; value: IpcCode } | { ok: false; reason: IpcFailure };

const LEVELS: readonly IpcLevel[] = ['section', 'class', 'subclass', 'main_group', 'subgroup'];

// An optional trailing version indicator such as "(2010.01)" is ignored.
const IPC_PATTERN = /^([A-Z])(?:(\d{2})(?:([A-Z])(?:(\d{1,4})\/(\d{2,6}))?)?)?(?:\(\d{4}\.\d{2}\))?$/;

/** Digits after the first two carry no meaning when they are trailing zeros: 10/0520 is 10/052. */
function canonicalSubgroup(digits: string): string {
  return digits.slice(0, 2) + digits.slice(2).replace(/0+$/, '');
}

/**
 * Parses an IPC symbol at any level. Folds full-width characters, upper-cases and ignores spacing.
 *
 * @example parseIpc('h01m10/052').value.canonical // 'H01M 10/052'
 */
export function parseIpc(input: string): IpcResult {
  const match = IPC_PATTERN.exec(foldWidth(input).replace(/\s+/g, ''));
  if (match === null) return { ok: false, reason: 'format' };
  const [, section = '', cls, subclass, rawMainGroup, rawSubgroup] = match;
  if (section < 'A' || section > 'H') return { ok: false, reason: 'section' };
  if (cls === undefined) return { ok: true, value: { section, level: 'section', canonical: section } };
  const classSymbol = `${section}${cls}`;
  if (subclass === undefined) {
    return { ok: true, value: { section, class: cls, level: 'class', canonical: classSymbol } };
  }
  const subclassSymbol = `${classSymbol}${subclass}`;
  if (rawMainGroup === undefined || rawSubgroup === undefined) {
    return {
      ok: true,
      value: { section, class: cls, subclass, level: 'subclass', canonical: subclassSymbol },
    };
  }
  const mainGroup = String(Number(rawMainGroup));
  if (mainGroup === '0') return { ok: false, reason: 'format' };
  const subgroup = canonicalSubgroup(rawSubgroup);
  return {
    ok: true,
    value: {
      section,
      class: cls,
      subclass,
      mainGroup,
      subgroup,
      level: subgroup === '00' ? 'main_group' : 'subgroup',
      canonical: `${subclassSymbol} ${mainGroup}/${subgroup}`,
    },
  };
}

export function isValidIpc(input: string): boolean {
  return parseIpc(input).ok;
}

function toCode(code: string | IpcCode): IpcCode | null {
  if (typeof code !== 'string') return code;
  const result = parseIpc(code);
  return result.ok ? result.value : null;
}

/**
 * Canonical symbols from the section down to the code itself. The dot-hierarchy between subgroups is
 * defined only by the IPC scheme text, so a subgroup's parent here is its main group.
 * Returns [] for an invalid code.
 *
 * @example ipcAncestors('H01M 10/052') // ['H', 'H01', 'H01M', 'H01M 10/00', 'H01M 10/052']
 */
export function ipcAncestors(code: string | IpcCode): string[] {
  const ipc = toCode(code);
  if (ipc === null) return [];
  const { section, class: cls, subclass, mainGroup, subgroup } = ipc;
  const chain = [section];
  if (cls === undefined) return chain;
  chain.push(`${section}${cls}`);
  if (subclass === undefined) return chain;
  chain.push(`${section}${cls}${subclass}`);
  if (mainGroup === undefined) return chain;
  chain.push(`${section}${cls}${subclass} ${mainGroup}/00`);
  if (subgroup !== undefined && subgroup !== '00') chain.push(ipc.canonical);
  return chain;
}

/**
 * The deepest level at which two codes share an ancestor, or null when they differ in section or either
 * is invalid.
 *
 * @example ipcSharedLevel('H01M 10/052', 'H01M 4/131') // 'subclass'
 */
export function ipcSharedLevel(a: string | IpcCode, b: string | IpcCode): IpcLevel | null {
  const left = ipcAncestors(a);
  const right = ipcAncestors(b);
  let shared = 0;
  while (shared < left.length && shared < right.length && left[shared] === right[shared]) shared++;
  return shared === 0 ? null : (LEVELS[shared - 1] ?? null);
}

const IPC_MESSAGES: Record<IpcFailure, string> = {
  format: 'IPC分类号格式错误，应如 H01M 10/052 / IPC code format is wrong, expected e.g. H01M 10/052',
  section: 'IPC部应为A–H / IPC section must be A to H',
};

/** Accepts an IPC symbol at any level and outputs its canonical spelling. */
export const IpcSchema = z.pipe(
  z.string(),
  z.transform((input, ctx) => {
    const result = parseIpc(input);
    if (!result.ok) {
      ctx.issues.push({
        code: 'custom',
        input,
        message: IPC_MESSAGES[result.reason],
        params: { reason: result.reason },
      });
      return z.NEVER;
    }
    return result.value.canonical;
  }),
);
