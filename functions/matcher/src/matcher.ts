import type { Mailer } from '@openlicense/mail';
import type { Metrics } from '@openlicense/observability';
import type { ChangeJournal, SnapshotStore } from '@openlicense/store';
import type { MatcherConfig } from './config.ts';
import { matchIndexConsumer } from './consumers/match-index.ts';
import { patentGradesConsumer } from './consumers/patent-grades.ts';
import { pushDeliveryConsumer } from './consumers/push-delivery.ts';
import { gradePatents } from './jobs/grade-patents.ts';
import { type MatcherJob, matchFullRun } from './jobs/match-full-run.ts';
import type { EngineKind } from './match-index/engine.ts';
import { type Log, MatchState } from './match-index/match-state.ts';
import { MatchWriter } from './match-index/match-writer.ts';
import type { MatcherStore } from './ports.ts';
import type { StreamConsumer } from './stream-handler.ts';

export interface MatcherDeps {
  store: MatcherStore;
  journal: Pick<ChangeJournal, 'append' | 'since'>;
  snapshots: SnapshotStore;
  mailer: Mailer;
  engines: EngineKind;
  config: MatcherConfig;
  now?: () => Date;
  /** How often changes made by other processes are read (default 30 s). */
  refreshIntervalMs?: number;
  log?: Log;
  /** Where `PushesDelivered` is counted. */
  metrics?: Metrics;
}

export interface Matcher {
  state: MatchState;
  /** `match-index`, `patent-grades` then `push-delivery`, for the stream handler. */
  consumers: StreamConsumer[];
  /** `match-full-run` then `grade-patents` (over the engine it rebuilt), for the schedule. */
  jobs: MatcherJob[];
}

/** The matcher's pieces over one engine: what the Lambda (and the local stack) wires to the stream and the schedule. */
export function createMatcher(deps: MatcherDeps): Matcher {
  const now = deps.now ?? (() => new Date());
  const state = new MatchState({
    store: deps.store,
    journal: deps.journal,
    snapshots: deps.snapshots,
    engines: deps.engines,
    now,
    ...(deps.refreshIntervalMs === undefined ? {} : { refreshIntervalMs: deps.refreshIntervalMs }),
    ...(deps.log ? { log: deps.log } : {}),
  });
  const writer = new MatchWriter({
    store: deps.store,
    state,
    engineVersion: deps.engines.version,
    now,
    dedupeDays: deps.config.dedupeDays,
    ...(deps.log ? { log: deps.log } : {}),
  });
  return {
    state,
    consumers: [
      matchIndexConsumer({ store: deps.store, state, writer, journal: deps.journal }),
      patentGradesConsumer({ store: deps.store, state, now }),
      pushDeliveryConsumer({
        store: deps.store,
        mailer: deps.mailer,
        mailFrom: deps.config.mailFrom,
        // Read when an email is composed: the config may learn it late (a local server on a free port).
        appUrl: () => deps.config.appUrl,
        now,
        ...(deps.log ? { log: deps.log } : {}),
        ...(deps.metrics ? { metrics: deps.metrics } : {}),
      }),
    ],
    jobs: [matchFullRun(state, writer, now), gradePatents(deps.store, state, now)],
  };
}
