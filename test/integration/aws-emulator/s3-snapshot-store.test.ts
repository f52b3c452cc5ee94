import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CATALOGUE_SNAPSHOT, Catalogue, SNAPSHOT_KEY_PREFIX } from '@openlicense/app';
import { MULTIPART_FROM_BYTES, s3SnapshotStore } from '@openlicense/store';
import { ulid } from 'ulidx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationRecordOf } from '../../support/declaration-input.ts';
import { type MotoServer, motoMissing, workerMotoServer } from '../../support/moto-server.ts';
import { createTestTable, type TestTable } from '../../support/test-table.ts';

/**
 * The S3 snapshot store (catalogue and matching engine snapshots) against moto's S3: the production adapter,
 * only its endpoint differs. A snapshot at catalogue scale goes up in parts; a missing or unreadable object
 * leaves the catalogue answering from the table.
 */
const missing = motoMissing();

describe.skipIf(missing)('S3 snapshot store against the emulator (moto)', () => {
  let moto: MotoServer;
  let s3: S3Client;
  let table: TestTable;
  const bucket = `snapshots-${ulid().toLowerCase()}`;
  /** The production adapter, pointed at moto (path-style: moto answers on 127.0.0.1, not bucket host names). */
  const storeAt = (prefix: string) =>
    s3SnapshotStore(bucket, prefix, { ...moto.clientConfig, forcePathStyle: true });
  const quiet = () => undefined;

  beforeAll(async () => {
    [moto, table] = await Promise.all([workerMotoServer(), createTestTable()]);
    s3 = new S3Client({ ...moto.clientConfig, forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });

  afterAll(async () => {
    s3?.destroy();
  });

  /** A published listing of a fresh university, in the table. */
  async function publishedListing() {
    const record = declarationRecordOf(ulid(), {
      status: 'published',
      publishedAt: new Date().toISOString(),
    });
    await table.store.declarations.create(record);
    return record;
  }

  it('writes a 20 MB snapshot in parts and reads back the same bytes', async () => {
    // Prepare: larger than one PUT's share, as a matching snapshot at 100,000 listings is
    const bytes = new Uint8Array(randomBytes(20 * 1024 * 1024));
    expect(bytes.length).toBeGreaterThan(MULTIPART_FROM_BYTES);
    const store = storeAt('matching/');

    // Act
    await store.put('engine.bin', bytes);
    const read = await store.get('engine.bin');

    // Assess: S3 marks an object assembled from N parts with an ETag ending in -N
    expect(read?.length).toBe(bytes.length);
    expect(Buffer.from(read ?? []).equals(Buffer.from(bytes))).toBe(true);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'matching/engine.bin' }));
    expect(head.ETag).toMatch(/-3"$/);
    expect(head.ContentLength).toBe(bytes.length);
  });

  it('writes a small snapshot in a single PUT', async () => {
    // Prepare
    const store = storeAt('small/');
    const small = new TextEncoder().encode('a small snapshot');

    // Act
    await store.put('engine.bin', small);

    // Assess
    expect(new TextDecoder().decode(await store.get('engine.bin'))).toBe('a small snapshot');
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'small/engine.bin' }));
    expect(head.ETag).not.toContain('-');
  });

  it('answers no snapshot (not an error) for an object never written', async () => {
    expect(await storeAt('nothing-here/').get(CATALOGUE_SNAPSHOT)).toBeUndefined();
  });

  it('serves the catalogue from the snapshot the nightly job wrote to S3', async () => {
    // Prepare: the job saves the snapshot of a table with one listing
    const listing = await publishedListing();
    const snapshots = storeAt(SNAPSHOT_KEY_PREFIX);
    await new Catalogue({
      declarations: table.store.declarations,
      snapshots,
      now: () => new Date(),
      log: quiet,
    }).saveSnapshot();
    // A fresh catalogue (a cold start) over a table that has none of those listings
    const empty = await createTestTable();
    const cold = new Catalogue({
      declarations: empty.store.declarations,
      snapshots,
      now: () => new Date(),
      log: quiet,
    });

    // Act
    const page = await cold.search({ q: listing.listing.title, limit: 50 });

    // Assess: only the snapshot in S3 holds it
    expect(page.items.map((item) => item.id)).toContain(listing.id);
  });

  it('reads the table when the snapshot object is missing or not a snapshot', async () => {
    // Prepare: one prefix with nothing under it, one whose catalogue object is garbage
    const listing = await publishedListing();
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `corrupt/${CATALOGUE_SNAPSHOT}`,
        Body: new Uint8Array(randomBytes(4096)),
      }),
    );
    const events: Record<string, unknown>[] = [];
    const catalogueOver = (prefix: string) =>
      new Catalogue({
        declarations: table.store.declarations,
        snapshots: storeAt(prefix),
        now: () => new Date(),
        log: (event) => events.push(event),
      });

    // Act
    const [fromMissing, fromCorrupt] = await Promise.all([
      catalogueOver('missing/').search({ q: listing.listing.title, limit: 50 }),
      catalogueOver('corrupt/').search({ q: listing.listing.title, limit: 50 }),
    ]);

    // Assess
    expect(fromMissing.items.map((item) => item.id)).toContain(listing.id);
    expect(fromCorrupt.items.map((item) => item.id)).toContain(listing.id);
    expect(JSON.stringify(events)).toContain('snapshot unusable');
  });
});
