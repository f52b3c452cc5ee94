import type { DeclarationStatus } from '../api/declarations.ts';
import type { Badge, BadgeTone } from './badge.ts';

const STATUS_TONES: Readonly<Record<DeclarationStatus, BadgeTone>> = {
  draft: 'muted',
  submitted: 'warn',
  published: 'ok',
  withdrawn: 'muted',
  office_withdrawn: 'danger',
  expired: 'muted',
  rejected: 'danger',
};

/** A declaration's status under the server's own names (草稿, 待审核, 已公告, …). */
export function declarationStatusBadge(status: DeclarationStatus): Badge {
  return { label: `declaration.status.${status}`, tone: STATUS_TONES[status] };
}

/** Only a draft or a rejected declaration may change its terms; a published price never changes in place. */
export { isPriceEditable } from '@openlicense/domain/declaration/lifecycle';
