import { describe, expect, it } from 'vitest';
import { localiseServerMessage } from './server-message.ts';

describe('localiseServerMessage', () => {
  const message = '统一社会信用代码校验位不正确 / unified social credit code check character is wrong';

  it('shows the Chinese half in zh-CN', () => {
    expect(localiseServerMessage(message, 'zh-CN')).toBe('统一社会信用代码校验位不正确');
  });

  it('shows the English half in en', () => {
    expect(localiseServerMessage(message, 'en')).toBe('unified social credit code check character is wrong');
  });

  it('shows a single-language message whole', () => {
    expect(localiseServerMessage('请先登录', 'en')).toBe('请先登录');
  });

  it('shows a message with several separators whole rather than guess', () => {
    expect(localiseServerMessage('a / b / c', 'zh-CN')).toBe('a / b / c');
  });

  it('shows the whole message when one half is empty', () => {
    expect(localiseServerMessage('仅中文 / ', 'en')).toBe('仅中文 / ');
  });
});
