import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_BY_TYPE, DEMO_PASSWORD } from './demo-data/index.ts';

describe('README demo accounts', () => {
  const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

  it.each(Object.entries(DEMO_ACCOUNTS_BY_TYPE))(
    'lists the %s account the seed creates, with its organisation',
    (_type, account) => {
      expect(readme).toContain(`\`${account.email}\``);
      expect(readme).toContain(account.orgName);
    },
  );

  it('gives the demo password', () => {
    expect(readme).toContain(DEMO_PASSWORD);
  });
});
