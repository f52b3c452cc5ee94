import { describe, expect, it } from 'vitest';
import { encodeHeaderWord, toRfc5322 } from './mailer.ts';

const decodeWords = (header: string) =>
  header
    .split(/\r\n /)
    .map((word) => Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(word)?.[1] ?? '', 'base64').toString('utf8'))
    .join('');

describe('RFC 5322 messages', () => {
  it('encodes a Chinese subject as UTF-8 words no longer than 75 characters', () => {
    const subject = '【精准推送】一种高镍三元正极材料的制备方法及其在动力电池中的应用';
    const encoded = encodeHeaderWord(subject);
    for (const word of encoded.split('\r\n ')) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(encoded)).toBe(subject);
  });

  it('leaves ASCII alone', () => {
    expect(encodeHeaderWord('Hello')).toBe('Hello');
  });

  it('writes CRLF headers, a blank line and the UTF-8 body in base64 lines', () => {
    const text = toRfc5322({
      id: 'push-1',
      from: '专利开放许可平台 <noreply@openlicense.local>',
      to: 'tech@ent.cn',
      subject: '你好',
      text: '第一行\n第二行',
      date: new Date('2026-11-23T01:02:03Z'),
      headers: { 'List-Unsubscribe': '<http://x/u?token=t>' },
    });
    const [head = '', body = ''] = text.split('\r\n\r\n');
    expect(head).toContain(
      `From: =?UTF-8?B?${Buffer.from('专利开放许可平台').toString('base64')}?= <noreply@openlicense.local>`,
    );
    expect(head).toContain('To: tech@ent.cn');
    expect(head).toContain('Date: Mon, 23 Nov 2026 01:02:03 +0000');
    expect(head).toContain('Message-ID: <push-1@openlicense.local>');
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(head).toContain('List-Unsubscribe: <http://x/u?token=t>');
    expect(head).not.toMatch(/[^\r]\n/);
    expect(Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe('第一行\r\n第二行');
  });
});
