import { type SnapshotStore, s3SnapshotStore as s3Snapshots } from '@openlicense/store';
import { SNAPSHOT_KEY_PREFIX } from './snapshot-names.ts';

/** The catalogue's snapshots in `bucketName` (see the store's `s3SnapshotStore`), under the catalogue's prefix. */
export const s3SnapshotStore = (
  bucketName: string | (() => string),
  prefix = SNAPSHOT_KEY_PREFIX,
): SnapshotStore => s3Snapshots(bucketName, prefix);
