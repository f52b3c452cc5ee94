import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a running `npm start` says which DynamoDB Local it owns, so `npm run seed` can use it. */
export interface StackFile {
  endpoint: string;
  tableName: string;
  pid: number;
}

const fileIn = (dataDir: string) => join(dataDir, 'stack.json');

export function writeStackFile(dataDir: string, stack: StackFile) {
  writeFileSync(fileIn(dataDir), JSON.stringify(stack));
}

export function removeStackFile(dataDir: string) {
  rmSync(fileIn(dataDir), { force: true });
}

/** The running stack's file, if its process is still alive (a crash can leave a stale one). */
export function readLiveStackFile(dataDir: string): StackFile | undefined {
  const file = fileIn(dataDir);
  if (!existsSync(file)) return undefined;
  const stack = JSON.parse(readFileSync(file, 'utf8')) as StackFile;
  try {
    process.kill(stack.pid, 0);
    return stack;
  } catch {
    return undefined;
  }
}
