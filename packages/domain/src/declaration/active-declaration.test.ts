import { describe, expect, it } from 'vitest';
import { checkOneActiveDeclaration } from './active-declaration.ts';

describe('checkOneActiveDeclaration', () => {
  it('refuses a patent whose one active slot another declaration holds, naming the patent', () => {
    // Act
    const issues = checkOneActiveDeclaration('201710601862.3', { declarationId: 'D1' });

    // Assess
    expect(issues).toEqual([expect.objectContaining({ code: 'declaration_active', field: 'patentNumber' })]);
    expect(issues[0]?.message).toContain('专利 ZL201710601862.3 已有待审核或已公告的开放许可声明');
  });

  it('finds nothing when the slot is free or held by the declaration being checked', () => {
    expect(checkOneActiveDeclaration('201710601862.3', undefined)).toEqual([]);
    expect(checkOneActiveDeclaration('201710601862.3', { declarationId: 'D1' }, 'D1')).toEqual([]);
  });
});
