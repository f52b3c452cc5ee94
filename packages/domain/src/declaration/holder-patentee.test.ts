import { describe, expect, it } from 'vitest';
import { aPatent } from '../patent/patent.fixture.ts';
import { aDeclarationInput } from './declaration.fixture.ts';
import { checkDeclarable } from './guards.ts';
import { linkHolderPatentee } from './holder-patentee.ts';

describe('linkHolderPatentee', () => {
  it('links the patentee that carries the holder’s name, so the holder needs no consent of its own', () => {
    // Prepare
    const patent = aPatent({ patentees: [{ name: '湘江大学' }, { name: '麓山公司' }] });

    // Act
    const linked = linkHolderPatentee(patent, '湘江大学');

    // Assess
    expect(linked.patentees).toEqual([{ name: '湘江大学', orgId: 'org-uni' }, { name: '麓山公司' }]);
    expect(checkDeclarable(linked, aDeclarationInput(), '2025-06-01').errors).toEqual([
      expect.objectContaining({
        code: 'co_owner_not_consented',
        message: expect.stringContaining('麓山公司'),
      }),
    ]);
  });

  it('matches full-width and half-width spellings of the same name', () => {
    const patent = aPatent({ patentees: [{ name: '湘江大学（长沙）' }] });

    expect(linkHolderPatentee(patent, '湘江大学(长沙)').patentees[0]?.orgId).toBe('org-uni');
  });

  it('leaves a patent alone when the holder is already linked or not listed by name', () => {
    const linked = aPatent();
    const stranger = aPatent({ patentees: [{ name: '另一所大学' }] });

    expect(linkHolderPatentee(linked, '湘江大学')).toBe(linked);
    expect(linkHolderPatentee(stranger, '湘江大学')).toBe(stranger);
  });

  it('never takes over a patentee linked to another organisation', () => {
    const patent = aPatent({ patentees: [{ name: '湘江大学', orgId: 'org-other' }] });

    expect(linkHolderPatentee(patent, '湘江大学')).toBe(patent);
  });
});
