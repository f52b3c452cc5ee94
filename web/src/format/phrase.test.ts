import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/messages.ts';
import { listText } from './phrase.ts';

describe('listText', () => {
  afterEach(() => setLocale('zh-CN'));

  it('joins catalogue labels with 、 on Chinese screens', () => {
    setLocale('zh-CN');
    expect(listText(['普通许可', '排他许可', '转让'])).toBe('普通许可、排他许可、转让');
  });

  it('joins them as English does on English screens, with no 、', () => {
    setLocale('en');
    expect(listText(['non-exclusive licence', 'exclusive licence', 'assignment'])).toBe(
      'non-exclusive licence, exclusive licence, and assignment',
    );
  });
});
