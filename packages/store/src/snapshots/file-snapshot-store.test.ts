import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSnapshotStore } from './file-snapshot-store.ts';

describe('fileSnapshotStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'snapshots-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has no snapshot before one is put, even when its folder does not exist yet', async () => {
    expect(await fileSnapshotStore(join(dir, 'missing')).get('catalogue-v1.bin')).toBeUndefined();
  });

  it('gives back the bytes put, replaced as a whole by the next put, leaving no temporary file', async () => {
    // Prepare
    const store = fileSnapshotStore(join(dir, 'snapshots'));
    await store.put('catalogue-v1.bin', new Uint8Array([1, 2, 3, 4, 5]));

    // Act
    await store.put('catalogue-v1.bin', new Uint8Array([9, 8]));

    // Assess
    expect(await store.get('catalogue-v1.bin')).toEqual(new Uint8Array([9, 8]));
    expect(await readdir(join(dir, 'snapshots'))).toEqual(['catalogue-v1.bin']);
  });

  it('keeps a name within its folder', async () => {
    const store = fileSnapshotStore(join(dir, 'snapshots'));

    await store.put('../escape', new Uint8Array([1]));

    expect(await readdir(dir)).toEqual(['snapshots']);
    expect(await store.get('../escape')).toEqual(new Uint8Array([1]));
  });
});
