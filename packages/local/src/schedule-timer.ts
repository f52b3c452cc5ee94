/**
 * Does locally what the EventBridge schedule does in AWS: invokes the scheduled handler at a fixed
 * interval. Runs never overlap: the next waits for the previous to finish.
 */
export function createScheduleTimer(
  run: () => Promise<unknown>,
  intervalMs: number,
  onError?: (error: unknown) => void,
) {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> | undefined;
  let stopped = false;

  const tick = () => {
    current = run()
      .catch((error) => onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };

  return {
    start(runNow = false) {
      stopped = false;
      if (runNow) tick();
      else timer = setTimeout(tick, intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
