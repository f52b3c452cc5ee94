import { monotonicFactory, ulid } from 'ulidx';

const monotonic = monotonicFactory();
let lastTime = Number.NEGATIVE_INFINITY;

/**
 * A ULID for records the push flow creates itself (pushes, leads, their evidence), carrying `now` as its time
 * so it sorts by when the step happened. Ids made in the same millisecond still sort in the order they were
 * made (ulidx's monotonic factory); an id for an earlier `now` than the last one keeps its own time rather
 * than being pushed forward.
 */
export function newUlid(now: Date = new Date()): string {
  const time = now.getTime();
  if (time < lastTime) return ulid(time);
  lastTime = time;
  return monotonic(time);
}
