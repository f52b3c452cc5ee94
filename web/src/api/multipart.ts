/** A request body with the content type that goes with it. */
export interface EncodedBody {
  body: Blob;
  contentType: string;
}

/** Quotes and line breaks in a file name, escaped as browsers do in multipart headers. */
const escapeName = (name: string) => name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * One file as `multipart/form-data` with a boundary derived from `seed`. A browser's own FormData picks a
 * random boundary each time, so a retry would be a different body; the server fingerprints the body for
 * `Idempotency-Key`, so a retried upload must be byte-identical to count as the same request.
 *
 * @example multipartFile('file', file, idempotencyKey)
 */
export function multipartFile(field: string, file: File, seed: string): EncodedBody {
  const boundary = `----openlicense-${seed.replace(/[^A-Za-z0-9]/g, '')}`;
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${escapeName(field)}"; filename="${escapeName(file.name)}"\r\n` +
    `Content-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`;
  return {
    body: new Blob([head, file, `\r\n--${boundary}--\r\n`]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
