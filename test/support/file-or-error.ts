import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** What became of a file another process writes whole (written aside, then renamed), or its `.error`. */
export type FileOutcome = { kind: 'ready' } | { kind: 'failed'; error: string } | { kind: 'timed-out' };

/**
 * Looks every 100 ms for `file`, or for `<file>.error` (the writer's reason it never will), until
 * `timeoutMs` have passed: a ceiling, not a wait.
 */
export async function fileOrError(file: string, timeoutMs: number): Promise<FileOutcome> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) return { kind: 'ready' };
    if (existsSync(`${file}.error`))
      return { kind: 'failed', error: await readFile(`${file}.error`, 'utf8') };
    await new Promise((done) => setTimeout(done, 100));
  }
  return { kind: 'timed-out' };
}
