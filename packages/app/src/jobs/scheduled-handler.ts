import type { JobRunRepository } from '@openlicense/store';

export interface ScheduledJob {
  name: string;
  run(): Promise<string>;
}

/** What the schedule sends: EventBridge's event, optionally naming which jobs to run. */
export interface ScheduleEvent {
  jobs?: string[];
}

/**
 * Runs the scheduled jobs one after another; one job's failure is recorded and does not stop the
 * others. Throws at the end if any failed, so the invocation counts as an error (and alarms).
 */
export function createScheduledHandler(
  jobs: ScheduledJob[],
  runs: JobRunRepository,
  now: () => Date = () => new Date(),
) {
  return async (event: ScheduleEvent = {}) => {
    const selected = event.jobs ? jobs.filter((job) => event.jobs?.includes(job.name)) : jobs;
    const failures: string[] = [];
    const results: Record<string, string> = {};
    for (const job of selected) {
      const startedAt = now().toISOString();
      let outcome: string;
      try {
        outcome = await job.run();
      } catch (error) {
        outcome = `failed: ${String(error)}`;
        failures.push(job.name);
      }
      results[job.name] = outcome;
      await runs.record({ job: job.name, startedAt, finishedAt: now().toISOString(), outcome });
    }
    if (failures.length > 0) throw new Error(`scheduled jobs failed: ${failures.join(', ')}`);
    return results;
  };
}
