import type { SnapshotStore } from './snapshot-store.ts';

type S3Module = typeof import('@aws-sdk/client-s3');

/**
 * Snapshots as objects under `prefix` (e.g. `catalogue/`) in `bucket`. The SDK (shipped by the Lambda
 * runtime) and the bucket name (a function of configuration, e.g. an environment variable) are resolved on
 * first use, so a function that shares these dependencies but never touches a snapshot neither pays for the
 * SDK at cold start nor needs a bucket. Reading a missing object needs `s3:ListBucket` to answer
 * `NoSuchKey` rather than `AccessDenied`.
 */
export function s3SnapshotStore(bucketName: string | (() => string), prefix: string): SnapshotStore {
  const bucket = () => (typeof bucketName === 'string' ? bucketName : bucketName());
  let loaded: Promise<{ sdk: S3Module; client: InstanceType<S3Module['S3Client']> }> | undefined;
  const s3 = () => {
    loaded ??= import('@aws-sdk/client-s3').then((sdk) => ({ sdk, client: new sdk.S3Client({}) }));
    return loaded;
  };
  return {
    async get(name) {
      const { sdk, client } = await s3();
      try {
        const object = await client.send(new sdk.GetObjectCommand({ Bucket: bucket(), Key: prefix + name }));
        return object.Body ? await object.Body.transformToByteArray() : undefined;
      } catch (error) {
        if (error instanceof sdk.NoSuchKey) return undefined;
        throw error;
      }
    },
    async put(name, bytes) {
      const { sdk, client } = await s3();
      await client.send(
        new sdk.PutObjectCommand({
          Bucket: bucket(),
          Key: prefix + name,
          Body: bytes,
          ContentType: 'application/octet-stream',
        }),
      );
    },
  };
}
