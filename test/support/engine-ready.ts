import { connect } from 'node:net';

/** How long a test waits for a DynamoDB Local the run started in the background to accept connections. */
const ENGINE_START_TIMEOUT_MS = 180_000;
/** How often to look again: the engine takes seconds to start, a connection attempt a millisecond. */
const POLL_MS = 100;

const accepts = (port: number): Promise<boolean> =>
  new Promise((done) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

const ready = new Map<string, Promise<void>>();

/**
 * Resolves once the DynamoDB Local at `endpoint` accepts connections. The global setups start their
 * engines without waiting, so the first test that needs one waits here (once per endpoint and worker)
 * while the others already run.
 */
export function engineReady(endpoint: string): Promise<void> {
  let waiting = ready.get(endpoint);
  if (!waiting) {
    waiting = (async () => {
      const port = Number(new URL(endpoint).port);
      const deadline = Date.now() + ENGINE_START_TIMEOUT_MS;
      while (!(await accepts(port))) {
        if (Date.now() > deadline)
          throw new Error(
            `DynamoDB Local at ${endpoint} did not accept connections in ${ENGINE_START_TIMEOUT_MS / 1000} s`,
          );
        await new Promise((done) => setTimeout(done, POLL_MS));
      }
    })();
    ready.set(endpoint, waiting);
    waiting.catch(() => ready.delete(endpoint));
  }
  return waiting;
}

const shared = globalThis as { __reservedEnginePorts?: Set<number> };
shared.__reservedEnginePorts ??= new Set<number>();
/** Ports handed out by {@link distinctFreePort} in this process (both global setups run in vitest's main process). */
const reserved = shared.__reservedEnginePorts;

/**
 * A free port no other engine of this run was given: the engines start in the background, so a port
 * handed out a moment ago may not be listened on yet and could be offered again.
 */
export async function distinctFreePort(freePort: () => Promise<number>): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!reserved.has(port)) {
      reserved.add(port);
      return port;
    }
  }
}
