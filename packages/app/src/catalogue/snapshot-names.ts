/**
 * Where the catalogue snapshot lives: its name in a `SnapshotStore`, and the S3 key prefix. Plain
 * constants, so the CDK stack grants access to exactly this object.
 */
/** The snapshot's name; the version changes with the format. */
export const CATALOGUE_SNAPSHOT = 'catalogue-v1.bin';
/** Key prefix of snapshots in the S3 bucket. */
export const SNAPSHOT_KEY_PREFIX = 'catalogue/';
