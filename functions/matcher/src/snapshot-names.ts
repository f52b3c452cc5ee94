/**
 * Where the matching engine's snapshot lives: its name in a `SnapshotStore` and the S3 key prefix. Plain
 * constants, so the CDK stack grants the matcher exactly this object.
 */
export const MATCH_SNAPSHOT_KEY_PREFIX = 'matching/';

/** The snapshot's name: a new engine format starts a new object. */
export const matchSnapshotName = (engineVersion: number) => `match-engine-v${engineVersion}.bin`;
