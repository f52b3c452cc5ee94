import type { Context } from 'hono';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An XLSX download with a Chinese file name that every browser saves correctly (RFC 5987). */
export function xlsxResponse(c: Context, bytes: Uint8Array, filename: string): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': XLSX,
    'content-disposition': `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'cache-control': 'no-store',
  });
}
