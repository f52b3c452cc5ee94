import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { SnapshotStore } from './snapshot-store.ts';

type S3Module = typeof import('@aws-sdk/client-s3');
type S3 = InstanceType<S3Module['S3Client']>;

/**
 * Snapshots from this size on go up in parts: a 100,000-listing matching snapshot was 76 MB, and as one PUT a
 * network fault near its end sends it all again; parts are retried one by one (by the SDK) and sent a few at
 * a time. Below it one PUT is cheaper (multipart costs two extra requests).
 */
export const MULTIPART_FROM_BYTES = 16 * 1024 * 1024;
/** Each part but the last (S3's minimum is 5 MiB). */
const PART_BYTES = 8 * 1024 * 1024;
/** Parts in flight at once. */
const PART_CONCURRENCY = 4;

/**
 * Snapshots as objects under `prefix` (e.g. `catalogue/`) in `bucket`. The SDK (shipped by the Lambda
 * runtime) and the bucket name (a function of configuration, e.g. an environment variable) are resolved on
 * first use, so a function that shares these dependencies but never touches a snapshot neither pays for the
 * SDK at cold start nor needs a bucket. Reading a missing object needs `s3:ListBucket` to answer
 * `NoSuchKey` rather than `AccessDenied`; writing, in parts or whole, needs only `s3:PutObject` (an
 * unfinished multipart upload is aborted when it fails, or by the bucket's lifecycle rule).
 *
 * `clientConfig` is for tests against an emulator (its endpoint and credentials); deployed, the SDK's
 * defaults (the function's region and role) apply.
 */
export function s3SnapshotStore(
  bucketName: string | (() => string),
  prefix: string,
  clientConfig: S3ClientConfig = {},
): SnapshotStore {
  const bucket = () => (typeof bucketName === 'string' ? bucketName : bucketName());
  let loaded: Promise<{ sdk: S3Module; client: S3 }> | undefined;
  const s3 = () => {
    loaded ??= import('@aws-sdk/client-s3').then((sdk) => ({ sdk, client: new sdk.S3Client(clientConfig) }));
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
      const target = { Bucket: bucket(), Key: prefix + name };
      if (bytes.length < MULTIPART_FROM_BYTES) {
        await client.send(
          new sdk.PutObjectCommand({ ...target, Body: bytes, ContentType: 'application/octet-stream' }),
        );
        return;
      }
      await putInParts(sdk, client, target, bytes);
    },
  };
}

/** One multipart upload of `bytes`: every part or, on any failure, none (the upload is aborted). */
async function putInParts(
  sdk: S3Module,
  client: S3,
  target: { Bucket: string; Key: string },
  bytes: Uint8Array,
): Promise<void> {
  const { UploadId } = await client.send(
    new sdk.CreateMultipartUploadCommand({ ...target, ContentType: 'application/octet-stream' }),
  );
  if (!UploadId) throw new Error(`S3 gave no upload id for ${target.Key}`);
  try {
    const count = Math.ceil(bytes.length / PART_BYTES);
    const parts: { PartNumber: number; ETag: string }[] = [];
    let next = 0;
    const sender = async () => {
      for (let index = next++; index < count; index = next++) {
        const PartNumber = index + 1;
        const { ETag } = await client.send(
          new sdk.UploadPartCommand({
            ...target,
            UploadId,
            PartNumber,
            Body: bytes.subarray(index * PART_BYTES, Math.min(bytes.length, (index + 1) * PART_BYTES)),
          }),
        );
        if (!ETag) throw new Error(`S3 gave no ETag for part ${PartNumber} of ${target.Key}`);
        parts.push({ PartNumber, ETag });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PART_CONCURRENCY, count) }, sender));
    parts.sort((a, b) => a.PartNumber - b.PartNumber);
    await client.send(
      new sdk.CompleteMultipartUploadCommand({ ...target, UploadId, MultipartUpload: { Parts: parts } }),
    );
  } catch (error) {
    // Best effort: without s3:AbortMultipartUpload the bucket's lifecycle rule removes the parts a day later.
    await client.send(new sdk.AbortMultipartUploadCommand({ ...target, UploadId })).catch(() => undefined);
    throw error;
  }
}
