import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientErrorsWithJson } from './client-error-json.ts';

/** Sends `raw` over a fresh connection and returns everything the server answered before closing. */
function send(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(raw));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const parse = (response: string) => {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  return { statusLine: head.split('\r\n')[0], head, body: JSON.parse(body) };
};

describe('requests Node refuses before the app', () => {
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    answerClientErrorsWithJson(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('answers headers over 16 KB with 431 and the JSON error body naming the headers', async () => {
    // Act
    const response = parse(
      await send(port, `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17 * 1024)}\r\n\r\n`),
    );
    // Assess
    expect(response.statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(response.head).toMatch(/content-type: application\/json; charset=utf-8/i);
    expect(response.body.error).toMatchObject({
      code: 'headers_too_large',
      message: expect.stringContaining('16 KB'),
      details: [{ path: 'headers', message: expect.any(String) }],
    });
  });

  it('answers a request it cannot parse with 400 and the JSON error body', async () => {
    // Act
    const response = parse(await send(port, 'NOT A REQUEST\r\n\r\n'));
    // Assess
    expect(response.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(response.body.error.code).toBe('bad_request');
  });

  it('still serves an ordinary request', async () => {
    expect(await send(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1.1 200 OK/,
    );
  });
});
