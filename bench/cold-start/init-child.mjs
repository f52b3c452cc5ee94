// Runs in a fresh Node process per sample (plain JavaScript: it runs under bare `node`, without tsx).
// It times what a cold start pays for our code: loading, parsing and evaluating the bundle,
// including the external @aws-sdk/* modules it imports.
import { Socket } from 'node:net';
import { pathToFileURL } from 'node:url';

// Nothing may touch the network at init. Every TCP/TLS connection (http, https, fetch, the SDK) goes
// through Socket#connect, so recording it there catches them all; the attempt is refused rather than
// made, so the bench never talks to a real endpoint, and it is reported to the parent.
const BLOCKED = 'network blocked during init by the cold-start bench';
const network = [];
Socket.prototype.connect = function (target) {
  network.push(
    `connect ${typeof target === 'object' ? `${target.host ?? target.path}:${target.port}` : target}`,
  );
  process.nextTick(() => this.destroy(new Error(BLOCKED)));
  return this;
};
// fetch connects lazily; hooking it too names the URL even if the connection is never reached.
globalThis.fetch = async (input) => {
  network.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
  throw new Error(BLOCKED);
};
process.on('unhandledRejection', (reason) => network.push(`unhandled rejection: ${String(reason)}`));

const start = performance.now();
const mod = await import(pathToFileURL(process.argv[2]).href);
const ms = performance.now() - start;

// Work started at init but not awaited (a JWKS prefetch, say) shows up a little later.
await new Promise((resolve) => setTimeout(resolve, 100));

// Marked line: a bundle may log to stdout while it initialises.
console.log(`COLD_START_RESULT ${JSON.stringify({ ms, handlerType: typeof mod.handler, network })}`);
// An SDK client may hold a timer or socket open; the sample is done.
process.exit(0);
