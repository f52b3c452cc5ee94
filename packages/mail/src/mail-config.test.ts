import { describe, expect, it } from 'vitest';
import { readMailConfig } from './mail-config.ts';

describe('mail settings', () => {
  it('reads the sender and the web address from MAIL_FROM and APP_URL', () => {
    expect(
      readMailConfig({
        MAIL_FROM: 'Market <noreply@mail.example.org>',
        APP_URL: 'https://market.example.org',
      }),
    ).toEqual({ mailFrom: 'Market <noreply@mail.example.org>', appUrl: 'https://market.example.org' });
  });

  it('falls back to the local sender and server when they are unset or empty', () => {
    expect(readMailConfig({ MAIL_FROM: '' })).toEqual({
      mailFrom: '专利开放许可平台 <noreply@openlicense.local>',
      appUrl: 'http://localhost:3000',
    });
  });
});
