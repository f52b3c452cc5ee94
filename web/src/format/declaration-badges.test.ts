import { describe, expect, it } from 'vitest';
import { DECLARATION_STATUSES } from '../api/declarations.ts';
import { messages } from '../i18n/messages.ts';
import { declarationStatusBadge, isPriceEditable } from './declaration-badges.ts';

describe('declarationStatusBadge', () => {
  it('names every status as the server does', () => {
    const zh = messages['zh-CN'];
    expect(DECLARATION_STATUSES.map((status) => zh[declarationStatusBadge(status).label])).toEqual([
      '草稿',
      '待审核',
      '已公告',
      '已撤回',
      '已被撤销',
      '已失效',
      '已驳回',
    ]);
  });

  it('shows a published declaration as good and a rejected one as a problem', () => {
    expect(declarationStatusBadge('published').tone).toBe('ok');
    expect(declarationStatusBadge('rejected').tone).toBe('danger');
  });
});

describe('isPriceEditable', () => {
  it('lets only drafts and rejected declarations change their terms', () => {
    expect(DECLARATION_STATUSES.filter(isPriceEditable)).toEqual(['draft', 'rejected']);
  });
});
