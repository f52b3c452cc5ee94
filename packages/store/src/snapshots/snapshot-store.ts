/**
 * Where derived snapshots (the catalogue's index, the matching engine) are kept between processes: an S3
 * object in AWS, a file under the data folder on a laptop, memory in tests and `--memory` runs.
 */
export interface SnapshotStore {
  /** The snapshot called `name`, or undefined when there is none yet. */
  get(name: string): Promise<Uint8Array | undefined>;
  /** Replaces the snapshot called `name` as a whole. */
  put(name: string, bytes: Uint8Array): Promise<void>;
}

/** Snapshots held in this process only: a fresh start has none. */
export function memorySnapshotStore(): SnapshotStore {
  const snapshots = new Map<string, Uint8Array>();
  return {
    async get(name) {
      return snapshots.get(name);
    },
    async put(name, bytes) {
      snapshots.set(name, bytes.slice());
    },
  };
}
