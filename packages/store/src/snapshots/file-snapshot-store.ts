import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotStore } from './snapshot-store.ts';

/**
 * Snapshots as files in `dir` (e.g. `.data/snapshots`), the local stand-in for the S3 bucket. A write goes
 * to a temporary file renamed into place, so a reader never sees half a snapshot.
 */
export function fileSnapshotStore(dir: string): SnapshotStore {
  const path = (name: string) => join(dir, name.replace(/[^\w.-]/g, '_'));
  return {
    async get(name) {
      try {
        return new Uint8Array(await readFile(path(name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async put(name, bytes) {
      await mkdir(dir, { recursive: true });
      const temporary = `${path(name)}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path(name));
    },
  };
}
