import type { Issue } from './issue.ts';

/** The declaration holding a patent's one active slot (submitted or published), as the store reports it. */
export interface ActiveDeclarationSlot {
  declarationId: string;
}

/**
 * The one-active-declaration rule (one patent, one declaration in review or published at a time): an
 * error when another declaration holds the patent's slot. `selfId` is the declaration being checked, which
 * may hold the slot itself. The live check reports it, so a green check never precedes a 409 at submit.
 *
 * @example checkOneActiveDeclaration('201710601862.3', { declarationId: 'D1' })[0]?.code // 'declaration_active'
 */
export function checkOneActiveDeclaration(
  patentNumber: string,
  active: ActiveDeclarationSlot | undefined,
  selfId?: string,
): Issue[] {
  if (active === undefined || active.declarationId === selfId) return [];
  return [
    {
      code: 'declaration_active',
      field: 'patentNumber',
      message: `专利 ZL${patentNumber} 已有待审核或已公告的开放许可声明，同一专利同时只能有一份：请查看现有声明，或待其撤回、到期后再声明 / ZL${patentNumber} already has a declaration in review or published; a patent has one at a time`,
    },
  ];
}
