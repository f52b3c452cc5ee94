import { parseIpc } from '@openlicense/domain';

/** IPC levels from the broadest; a code's path names it at each level it has. */
export const IPC_LEVEL_NAMES = ['部', '大类', '小类', '大组', '小组'] as const;

/**
 * How similar two codes are by the deepest level they share: the same subgroup says more than the
 * same main group, then subclass, class, section.
 */
export const IPC_LEVEL_SIMILARITY = [0.15, 0.35, 0.7, 0.85, 1] as const;

/**
 * The code at each level it reaches, broadest first: 'H01M 4/525' → ['H', 'H01', 'H01M', 'H01M 4/00',
 * 'H01M 4/525']; a main group stops at 'H01M 4/00'. Unparseable codes give [].
 */
export function ipcPath(code: string): string[] {
  const parsed = parseIpc(code);
  if (!parsed.ok) return [];
  const { section, class: cls, subclass, mainGroup, subgroup } = parsed.value;
  const path = [section];
  if (cls === undefined) return path;
  path.push(`${section}${cls}`);
  if (subclass === undefined) return path;
  const sub = `${section}${cls}${subclass}`;
  path.push(sub);
  if (mainGroup === undefined || subgroup === undefined) return path;
  path.push(`${sub} ${mainGroup}/00`);
  if (subgroup !== '00') path.push(`${sub} ${mainGroup}/${subgroup}`);
  return path;
}

/** The subclass ('H01M') of a code, or undefined when it stops above that level. */
export function ipcSubclass(code: string): string | undefined {
  return ipcPath(code)[2];
}

export interface IpcAgreement {
  /** 0–1 by {@link IPC_LEVEL_SIMILARITY}; 0 when not even the section agrees. */
  readonly similarity: number;
  /** Deepest shared level (0 section … 4 subgroup), or -1. */
  readonly level: number;
  /** The shared code at that level, e.g. 'H01M' or 'H01M 4/525'. */
  readonly shared: string;
  readonly needCode: string;
  readonly listingCode: string;
}

/** The best-agreeing pair of codes between a need's and a listing's IPC. */
export function bestIpcAgreement(
  needCodes: readonly string[],
  listingCodes: readonly string[],
): IpcAgreement | undefined {
  let best: IpcAgreement | undefined;
  const listingPaths = listingCodes.map((code) => ({ code, path: ipcPath(code) }));
  for (const needCode of needCodes) {
    const needPath = ipcPath(needCode);
    for (const { code, path } of listingPaths) {
      let level = -1;
      while (
        level + 1 < needPath.length &&
        level + 1 < path.length &&
        needPath[level + 1] === path[level + 1]
      ) {
        level++;
      }
      if (level < 0) continue;
      // A main group path ends at 'X 4/00'; a subgroup match needs both sides to reach level 4.
      const similarity = IPC_LEVEL_SIMILARITY[level]!;
      if (best === undefined || similarity > best.similarity) {
        best = { similarity, level, shared: needPath[level]!, needCode, listingCode: code };
      }
    }
  }
  return best;
}
