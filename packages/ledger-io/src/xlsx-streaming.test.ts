import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rowXml, sheetXml, workbookParts, zipOf } from '../tests/helpers/hostile-xlsx.ts';
import { readXlsxRows } from './read-xlsx.ts';

describe('readXlsxRows on a hostile sheet', () => {
  it('refuses a sheet at the row limit while inflating it, before reaching the rest of the part', async () => {
    // Prepare: 1,048,000 row elements, then bytes that are not deflate data at all. A reader that
    // inflated the part whole would fail on the garbage; one that counts rows as it inflates stops first.
    const rows = `${rowXml(1, ['专利号'])}${'<row><c/></row>'.repeat(1_048_000)}`;
    const flushed = deflateRawSync(Buffer.from(sheetXml(rows)), { finishFlush: constants.Z_SYNC_FLUSH });
    const deflated = Buffer.concat([flushed, Buffer.alloc(4096, 0xff)]);
    const parts = workbookParts('', { deflated, declaredSize: 40 * 1024 * 1024 });

    // Act
    const error = await readXlsxRows(zipOf(parts), 'Sheet1').then(
      () => undefined,
      (cause: unknown) => cause,
    );

    // Assess
    expect(error).toMatchObject({ status: 413, limit: 'rows' });
  });
});
