/**
 * One engine snapshot load in a process of its own, as a cold start loads one (the matcher reads the
 * snapshot's bytes, then loads them into an empty heap): `tsx bench/match-speed/load-once.ts old|new
 * <file>` prints the load's milliseconds. The benchmark runs it for the old and the new path in turn
 * (see run.ts); in its own process, a load also pays for collecting the heap of the engines around it.
 */
import { readFileSync } from 'node:fs';
import { MatchEngine } from '../../packages/matching/src/index.ts';
import { legacyEngineModule } from './legacy-engine.ts';

const [side, file] = process.argv.slice(2);
if ((side !== 'old' && side !== 'new') || file === undefined) {
  throw new Error('usage: load-once.ts old|new <snapshot file>');
}
const engines = side === 'old' ? (await legacyEngineModule()).MatchEngine : MatchEngine;
const bytes = new Uint8Array(readFileSync(file));
const start = performance.now();
const engine = engines.load(bytes, { now: () => new Date('2026-11-23T00:00:00Z') });
const ms = performance.now() - start;
if (engine.listingCount === 0) throw new Error('the snapshot loaded no listings');
process.stdout.write(`${ms}\n`);
