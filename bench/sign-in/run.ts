/**
 * Sign-in timing (issue 12 §3): a wrong password for a registered account against an e-mail no one
 * registered, through the API in-process over DynamoDB Local, interleaved. The answer time must not
 * tell the two apart (the password hash runs for both); this prints the medians and their ratio. A
 * report, not a test.
 *
 * Run with `npm run bench:sign-in` (Java 17+ for DynamoDB Local; under a minute). `ROUNDS=200` runs longer.
 */
import { Catalogue, memorySnapshotStore, noIdentitySync, SignInThrottle } from '@openlicense/app';
import { createApp } from '@openlicense/fn-api';
import { createLocalIssuer } from '@openlicense/http';
import { createStore, createStoreClients, ensureTable, MAIN_TABLE } from '@openlicense/store';
import { ulid } from 'ulidx';
import { startDynamoDbLocal } from '../../packages/local/src/dynamodb-local.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 60);
const WARM_UP = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const db = await startDynamoDbLocal({});
try {
  const clients = createStoreClients({ endpoint: db.endpoint });
  const tableName = `bench-sign-in-${ulid().toLowerCase()}`;
  await ensureTable(clients.raw, MAIN_TABLE, tableName);
  const store = createStore(clients, tableName);
  const issuer = createLocalIssuer('bench-secret');
  // A throttle that never blocks, so every attempt is timed rather than refused.
  const never = { limit: Number.MAX_SAFE_INTEGER, windowMs: 1, blockMs: 0, maxBlockMs: 0 };
  const app = createApp({
    store,
    verifier: issuer.verifier,
    identitySync: noIdentitySync,
    localIssuer: issuer,
    signInThrottle: new SignInThrottle({ account: never, address: never }),
    now: () => new Date(),
    newId: () => ulid(),
    catalogue: new Catalogue({
      declarations: store.declarations,
      snapshots: memorySnapshotStore(),
      now: () => new Date(),
      refreshIntervalMs: 60_000,
      log: () => {},
    }),
  });
  const post = (path: string, body: unknown) =>
    app.request(`/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const known = `known-${ulid().toLowerCase()}@bench.openlicense.cn`;
  const registered = await post('/auth/local/register', {
    email: known,
    password: 'Bench@2026x',
    name: '基准',
  });
  if (registered.status !== 201) throw new Error(`register: HTTP ${registered.status}`);

  const time = async (email: string) => {
    const started = performance.now();
    const res = await post('/auth/local/token', { email, password: 'Wrong@2026x' });
    const elapsed = performance.now() - started;
    if (res.status !== 401) throw new Error(`expected 401, got ${res.status}`);
    return elapsed;
  };
  const knownTimes: number[] = [];
  const unknownTimes: number[] = [];
  for (let i = 0; i < WARM_UP + ROUNDS; i++) {
    // Alternate which goes first, so drift in the machine's load falls on both alike.
    const unknown = `nobody-${ulid().toLowerCase()}@bench.openlicense.cn`;
    let knownMs: number;
    let unknownMs: number;
    if (i % 2 === 0) {
      knownMs = await time(known);
      unknownMs = await time(unknown);
    } else {
      unknownMs = await time(unknown);
      knownMs = await time(known);
    }
    if (i < WARM_UP) continue;
    knownTimes.push(knownMs);
    unknownTimes.push(unknownMs);
  }
  const k = median(knownTimes);
  const u = median(unknownTimes);
  console.log(
    `sign-in with a wrong password, ${ROUNDS} rounds each (after ${WARM_UP} warm-up), interleaved:`,
  );
  console.log(`  known account    median ${ms(k)}`);
  console.log(`  unknown account  median ${ms(u)}`);
  console.log(
    `  ratio known/unknown ${(k / u).toFixed(2)} (1.00 = indistinguishable; issue 12 measured 167 ms against 12 ms before the dummy hash)`,
  );
} finally {
  await db.stop();
}
