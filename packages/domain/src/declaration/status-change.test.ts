import { describe, expect, it } from 'vitest';
import { aDeclaration } from './declaration.fixture.ts';
import type { DeclarationStatus } from './declaration.ts';
import { statusChangeAction, statusChangeSummary } from './status-change.ts';

describe('statusChangeSummary', () => {
  it('names the actor, the patent, the declaration and the reason', () => {
    // Prepare
    const rejected = aDeclaration({ status: 'rejected', statusReason: '评价报告编号有误' });

    // Act
    const summary = statusChangeSummary(rejected, '李审查员');

    // Assess
    expect(summary).toBe(
      '李审查员 驳回开放许可声明（ZL201710601862.3，编号 decl-1），理由：评价报告编号有误',
    );
  });

  it('reminds the trail that licences already granted survive a withdrawal', () => {
    const withdrawn = aDeclaration({ status: 'withdrawn', statusReason: '技术已转让' });

    expect(statusChangeSummary(withdrawn, '王老师')).toContain('此前已生效的开放许可继续有效');
  });

  it.each<[DeclarationStatus, string]>([
    ['submitted', 'declaration.submitted'],
    ['published', 'declaration.published'],
    ['office_withdrawn', 'declaration.office_withdrawn'],
    ['expired', 'declaration.expired'],
    ['draft', 'declaration.revised'],
  ])('records entering %s as %s', (status, action) => {
    expect(statusChangeAction(status)).toBe(action);
  });
});
