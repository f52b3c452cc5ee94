import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/** What the caller sent wrong, as the API says every error: `{ error: { code, message, details } }`. */
function refusal(error: NodeJS.ErrnoException): { status: number; body: object } {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return {
      status: 431,
      body: {
        error: {
          code: 'headers_too_large',
          message: '请求头过大（合计不超过 16 KB）/ request headers are too large (16 KB in all at most)',
          details: [{ path: 'headers', message: '合计不超过 16 KB / 16 KB in all at most' }],
        },
      },
    };
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      status: 408,
      body: {
        error: { code: 'request_timeout', message: '请求发送超时 / the request took too long to arrive' },
      },
    };
  return {
    status: 400,
    body: {
      error: { code: 'bad_request', message: '无法解析的 HTTP 请求 / the HTTP request could not be parsed' },
    },
  };
}

/**
 * Node's HTTP parser refuses some requests before the app sees them — headers over its 16 KB limit (431),
 * a malformed request (400), one too slow to arrive (408) — and by default answers with a bare status line.
 * This answers them with the API's JSON error body instead. (In AWS, API Gateway refuses such requests
 * itself, before the function.)
 */
export function answerClientErrorsWithJson(server: Pick<Server, 'on'>): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, body } = refusal(error);
    const text = JSON.stringify(body);
    socket.end(
      `HTTP/1.1 ${status} ${REASONS[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        `Content-Length: ${Buffer.byteLength(text)}\r\n` +
        'Connection: close\r\n\r\n' +
        text,
    );
  });
}
