import { describe, expect, it } from 'vitest';
import { multipartFile } from './multipart.ts';

describe('multipartFile', () => {
  const file = new File(['专利号,专利名称\n201710601862.3,一种方法'], '专利"台账".csv', { type: 'text/csv' });

  it('encodes the file as one multipart part a server can read back', async () => {
    // Act
    const { body, contentType } = multipartFile('file', file, 'key-1');

    // Assess
    const parsed = await new Response(body, { headers: { 'Content-Type': contentType } }).formData();
    const sent = parsed.get('file');
    expect(sent).toBeInstanceOf(File);
    expect((sent as File).name).toBe('专利"台账".csv');
    expect(await (sent as File).text()).toBe(await file.text());
  });

  it('builds byte-identical bodies for the same key, so a retry is the same request', async () => {
    const first = multipartFile('file', file, 'key-1');
    const again = multipartFile('file', file, 'key-1');
    expect(await again.body.text()).toBe(await first.body.text());
    expect(again.contentType).toBe(first.contentType);
    expect(multipartFile('file', file, 'key-2').contentType).not.toBe(first.contentType);
  });
});
