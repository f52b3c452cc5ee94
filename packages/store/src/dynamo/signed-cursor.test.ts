import { describe, expect, it } from 'vitest';
import { MAIN_TABLE } from '../table-definitions.ts';
import { decodeKeyCursor, encodeKeyCursor } from './cursor.ts';
import { createCursorSigner, InvalidCursorError } from './signed-cursor.ts';

const signer = createCursorSigner('a-secret-of-the-table-0123456789');
const scope = 'patents of org A';

/** Every way a caller could change one character of a cursor. */
function alterations(cursor: string): string[] {
  const swap = (c: string) => (c === 'A' ? 'B' : 'A');
  return [...cursor].map((c, i) => `${cursor.slice(0, i)}${swap(c)}${cursor.slice(i + 1)}`);
}

describe('signed cursors', () => {
  it('opens what it sealed, for the same list', () => {
    const cursor = signer.seal(scope, ['ORG#01', 'PATENT#ZL2017', 7]);
    expect(signer.open(scope, cursor)).toEqual(['ORG#01', 'PATENT#ZL2017', 7]);
    // Another signer over the same secret (another instance of the service) opens it too.
    expect(createCursorSigner('a-secret-of-the-table-0123456789').open(scope, cursor)).toEqual([
      'ORG#01',
      'PATENT#ZL2017',
      7,
    ]);
  });

  it('refuses a cursor with any one character changed', () => {
    const cursor = signer.seal(scope, ['ORG#01', 'PATENT#ZL2017']);
    for (const altered of alterations(cursor))
      expect(() => signer.open(scope, altered), altered).toThrow(InvalidCursorError);
  });

  it('refuses a truncated cursor, at every length', () => {
    const cursor = signer.seal(scope, ['ORG#01', 'PATENT#ZL2017']);
    for (let length = 0; length < cursor.length; length++)
      expect(() => signer.open(scope, cursor.slice(0, length))).toThrow(InvalidCursorError);
  });

  it('refuses a cursor sealed for another list, or with another secret', () => {
    const cursor = signer.seal(scope, ['ORG#01', 'PATENT#ZL2017']);
    expect(() => signer.open('patents of org B', cursor)).toThrow(InvalidCursorError);
    expect(() => createCursorSigner('another-secret-0123456789abcdef').open(scope, cursor)).toThrow(
      InvalidCursorError,
    );
  });

  it('refuses garbage and the raw keys cursors used to be', () => {
    const rawKey = Buffer.from(JSON.stringify({ pk: 'ORG#01', sk: 'PATENT#1' })).toString('base64url');
    for (const garbage of [
      '',
      '.',
      'bm90LWEtY3Vyc29y',
      rawKey,
      `${rawKey}.${'A'.repeat(43)}`,
      'x'.repeat(5000),
    ])
      expect(() => signer.open(scope, garbage), garbage).toThrow(InvalidCursorError);
  });

  it('refuses an empty secret', () => {
    expect(() => createCursorSigner('')).toThrow(/empty/);
  });
});

describe('key cursors', () => {
  const input = {
    TableName: 't',
    IndexName: 'patentsByHolder',
    KeyConditionExpression: 'patentsByHolderPk = :pk',
    ExpressionAttributeValues: { ':pk': 'HOLDER#A' },
  };
  const key = { pk: 'PATENT#1', sk: 'PATENT', patentsByHolderPk: 'HOLDER#A', patentsByHolderSk: '1' };

  it('carries the key without naming a table attribute', () => {
    const cursor = encodeKeyCursor(signer, input, key)!;
    const payload = Buffer.from(cursor.split('.')[0]!, 'base64url').toString('utf8');
    const names = [
      MAIN_TABLE.partitionKey.name,
      MAIN_TABLE.sortKey.name,
      ...MAIN_TABLE.globalIndexes.flatMap((i) => [i.indexName, i.partitionKey.name, i.sortKey?.name ?? '']),
    ];
    for (const name of names) expect(payload).not.toContain(name);
    expect(decodeKeyCursor(signer, input, cursor)).toEqual(key);
  });

  it("refuses another organisation's, another index's or another order's cursor", () => {
    const cursor = encodeKeyCursor(signer, input, key)!;
    const others = [
      { ...input, ExpressionAttributeValues: { ':pk': 'HOLDER#B' } },
      { ...input, ScanIndexForward: false },
      { ...input, TableName: 'other' },
      {
        TableName: 't',
        IndexName: 'needsByOwner',
        KeyConditionExpression: 'needsByOwnerPk = :pk',
        ExpressionAttributeValues: { ':pk': 'HOLDER#A' },
      },
    ];
    for (const other of others)
      expect(() => decodeKeyCursor(signer, other, cursor)).toThrow(InvalidCursorError);
  });
});
