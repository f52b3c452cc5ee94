import * as z from 'zod/mini';
import type { Need } from '../need/need.ts';
import { ipcAncestors, parseIpc } from '../validation/ipc.ts';

/** How many of each a university may declare: enough for a faculty list, few enough to read in one request. */
export const RESEARCH_FIELD_LIMITS = { ipcPrefixes: 30, industryChains: 20 } as const;

const unique = <T>(values: T[]): T[] => [...new Set(values)];

const PREFIX_LEVEL =
  'IPC前缀至少应细到小类，如 H01M 或 H01M 10/00 / ipcPrefixes must be a subclass or deeper, e.g. H01M';

/**
 * A declared IPC prefix, canonicalised (`h01m10/00` → `H01M 10/00`): a subclass or deeper, since live needs
 * are found by the subclasses of their IPC codes.
 */
const IpcPrefixSchema = z.pipe(
  z.string({ error: 'IPC前缀应为文本 / ipcPrefixes must be text' }),
  z.transform((input, ctx) => {
    const parsed = parseIpc(input);
    if (!parsed.ok || parsed.value.level === 'section' || parsed.value.level === 'class') {
      ctx.issues.push({
        code: 'custom',
        input,
        message: parsed.ok
          ? PREFIX_LEVEL
          : `IPC前缀格式错误，应如 H01M / ipcPrefixes has a malformed code, expected e.g. H01M`,
      });
      return z.NEVER;
    }
    return parsed.value.canonical;
  }),
);

const ChainNameSchema = z
  .string({ error: '产业链名称应为文本 / industryChains must be text' })
  .check(
    z.trim(),
    z.minLength(1, '产业链名称不能为空 / industryChains must not hold an empty name'),
    z.maxLength(50, '产业链名称不能超过 50 个字 / industry chain names are at most 50 characters'),
  );

/** What a university declares as its research fields (研究领域): IPC prefixes and industry chains. */
export const ResearchFieldsInputSchema = z.object({
  ipcPrefixes: z.pipe(
    z
      .array(IpcPrefixSchema, { error: 'IPC前缀应为列表 / ipcPrefixes must be a list' })
      .check(
        z.maxLength(
          RESEARCH_FIELD_LIMITS.ipcPrefixes,
          `IPC前缀最多 ${RESEARCH_FIELD_LIMITS.ipcPrefixes} 个 / at most ${RESEARCH_FIELD_LIMITS.ipcPrefixes} ipcPrefixes`,
        ),
      ),
    z.transform(unique),
  ),
  industryChains: z.pipe(
    z
      .array(ChainNameSchema, { error: '产业链应为列表 / industryChains must be a list' })
      .check(
        z.maxLength(
          RESEARCH_FIELD_LIMITS.industryChains,
          `产业链最多 ${RESEARCH_FIELD_LIMITS.industryChains} 个 / at most ${RESEARCH_FIELD_LIMITS.industryChains} industryChains`,
        ),
      ),
    z.transform(unique),
  ),
});
export type ResearchFieldsInput = z.infer<typeof ResearchFieldsInputSchema>;

/** The fields as stored: `version` 0 means never saved (no fields). */
export const ResearchFieldsSchema = z.object({
  orgId: z.string(),
  ipcPrefixes: z.array(z.string()),
  industryChains: z.array(z.string()),
  updatedAt: z.optional(z.string()),
  version: z.int().check(z.nonnegative()),
});
export type ResearchFields = z.infer<typeof ResearchFieldsSchema>;

/** What of a university's fields a need falls under: the declared prefixes over its IPC codes, the shared chains. */
export interface FieldMatch {
  ipcPrefixes: string[];
  industryChains: string[];
}

/**
 * Which of `fields` the need falls under: a declared IPC prefix that is an ancestor (or the code itself) of
 * one of the need's IPC codes, and the chains both name. Undefined when none.
 *
 * @example fieldMatch({ ipc: ['H01M 10/052'], industryChains: [] }, { ipcPrefixes: ['H01M'], industryChains: [] })
 * // { ipcPrefixes: ['H01M'], industryChains: [] }
 */
export function fieldMatch(
  need: Pick<Need, 'ipc' | 'industryChains'>,
  fields: Pick<ResearchFields, 'ipcPrefixes' | 'industryChains'>,
): FieldMatch | undefined {
  const ancestors = new Set((need.ipc ?? []).flatMap((code) => ipcAncestors(code)));
  const ipcPrefixes = fields.ipcPrefixes.filter((prefix) => ancestors.has(prefix));
  const industryChains = fields.industryChains.filter((chain) => need.industryChains.includes(chain));
  return ipcPrefixes.length + industryChains.length > 0 ? { ipcPrefixes, industryChains } : undefined;
}

/**
 * The IPC subclasses (e.g. `H01M`) of a need's codes, once each: live needs are indexed by these, and a
 * declared prefix (a subclass or deeper) is looked up under its own subclass.
 */
export const ipcSubclassesOf = (codes: readonly string[]): string[] =>
  unique(codes.map((code) => ipcAncestors(code)[2]).filter((subclass) => subclass !== undefined));
