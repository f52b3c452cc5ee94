import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { engineReady } from '../../../test/support/engine-ready.ts';
import { workerEndpoint } from '../../../test/support/test-table.ts';
import { startLocalStack } from './local-stack.ts';

it('stops while a browser still holds a connection half-way through a request', async () => {
  // Prepare: a stack, and a client that sent a request's first line and nothing more (as a tab left open can)
  const endpoint = workerEndpoint();
  await engineReady(endpoint);
  const stack = await startLocalStack({ port: 0, memory: true, workers: false, endpoint });
  const { port } = new URL(stack.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise<void>((connected) => socket.once('connect', connected));
  socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  // The server cuts it off: a reset, then the close.
  socket.on('error', () => {});
  const closed = new Promise<void>((done) => socket.once('close', () => done()));

  // Act: without ending that connection the server's close would wait on it (Node waits for requests in flight)
  await stack.stop();

  // Assess
  await closed;
  expect(socket.destroyed).toBe(true);
});
