import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScheduleTimer } from './schedule-timer.ts';

describe('schedule timer', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at start when asked, then once per interval, and never after stop', async () => {
    vi.useFakeTimers();
    let runs = 0;
    const timer = createScheduleTimer(async () => void runs++, 1000);
    timer.start(true);
    await vi.advanceTimersByTimeAsync(2500);
    expect(runs).toBe(3);
    await timer.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(3);
  });

  it('keeps firing after a failed run, reporting the error', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let runs = 0;
    const timer = createScheduleTimer(
      async () => {
        runs++;
        throw new Error('job failed');
      },
      1000,
      (e) => errors.push(e),
    );
    timer.start(true);
    await vi.advanceTimersByTimeAsync(1500);
    await timer.stop();
    expect(runs).toBe(2);
    expect(errors).toHaveLength(2);
  });
});
