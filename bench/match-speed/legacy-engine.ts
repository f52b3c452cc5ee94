/**
 * The match engine as it was before incremental index statistics and compressed snapshots, or at
 * `BASELINE=<commit>` (the "old path"), so the benchmark can time both in one run on the same machine and load: the matching
 * package's source at {@link BASELINE}, extracted from git into bench/out/ (ignored) once and
 * imported from there. Its `@openlicense/domain` resolves to this repository's, as it did then.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MatchEngine } from '../../packages/matching/src/index.ts';

/** The last commit of packages/matching/src before incremental statistics. */
export const BEFORE_INCREMENTAL = '9f8dfebfdfe41316fa9ac9227a594a30b33ed141';

/**
 * The commit the old path is taken from: {@link BEFORE_INCREMENTAL} unless `BASELINE=<commit>` names
 * another (e.g. the one before a change to the matcher, to time both in one run).
 */
export const BASELINE = resolveCommit(process.env.BASELINE ?? BEFORE_INCREMENTAL);

function resolveCommit(rev: string): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  return execFileSync('git', ['-C', root, 'rev-parse', '--verify', `${rev}^{commit}`], {
    encoding: 'utf8',
  }).trim();
}

/** What the benchmark calls on either engine (both have these, with the same shapes; `merges` only newer ones). */
export type LegacyEngine = Pick<
  MatchEngine,
  'upsertListing' | 'upsertNeed' | 'matchListing' | 'matchNeed' | 'listingCount'
> & { serialise(): Uint8Array; readonly merges?: { readonly listings: number; readonly needs: number } };

export interface LegacyEngineModule {
  MatchEngine: { load(bytes: Uint8Array, options?: { now?: () => Date }): LegacyEngine };
}

export async function legacyEngineModule(): Promise<LegacyEngineModule> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dir = `${root}bench/out/match-speed-legacy/${BASELINE.slice(0, 12)}`;
  const entry = `${dir}/packages/matching/src/index.ts`;
  if (!existsSync(entry)) {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['-C', root, 'archive', BASELINE, 'packages/matching/src'], {
      maxBuffer: 1 << 28,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  return (await import(entry)) as LegacyEngineModule;
}
