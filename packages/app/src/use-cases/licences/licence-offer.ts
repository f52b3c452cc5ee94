import {
  type BundleRecord,
  type DeclarationRecord,
  DomainError,
  isoDateInChina,
  type OpenLicence,
  type Party,
} from '@openlicense/domain';
import type { OfferCheck } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';

/** What an enterprise takes a licence of: a published declaration (listing) or bundle. */
export interface Offer {
  kind: 'listing' | 'bundle';
  id: string;
  title: string;
  status: string;
  declarationIds: string[];
  patentNumbers: string[];
  licensors: Party[];
  terms: OpenLicence['terms'];
  checks: OfferCheck[];
  /** Statuses, dates and reasons to name when it is no longer offered. */
  withdrawnAt?: string | undefined;
  statusReason?: string | undefined;
}

const STATUS_ZH: Record<string, string> = {
  draft: '尚未公告',
  submitted: '尚未公告（待审核）',
  rejected: '未通过审核',
  withdrawn: '已撤回',
  office_withdrawn: '已被知识产权局撤销',
  expired: '已失效',
  suspended: '暂停提供',
};

function listingOffer(declaration: DeclarationRecord): Offer {
  return {
    kind: 'listing',
    id: declaration.id,
    title: declaration.listing.title,
    status: declaration.status,
    declarationIds: [declaration.id],
    patentNumbers: [declaration.patentNumber],
    licensors: [{ orgId: declaration.holderOrgId, name: declaration.listing.holderName }],
    terms: {
      royalty: declaration.royalty,
      period: declaration.period,
      scope: declaration.scope,
      territory: declaration.territory,
    },
    checks: [{ kind: 'declaration', id: declaration.id }],
    withdrawnAt: declaration.withdrawnAt,
    statusReason: declaration.statusReason,
  };
}

/** Checks beyond the bundle's own are dropped when the transaction would grow past DynamoDB's 100 items. */
const MAX_MEMBER_CHECKS = 20;

function bundleOffer(bundle: BundleRecord): Offer {
  const declarationIds = bundle.members.flatMap((m) => (m.declarationId ? [m.declarationId] : []));
  return {
    kind: 'bundle',
    id: bundle.id,
    title: bundle.name,
    status: bundle.status,
    declarationIds: declarationIds.length > 0 ? declarationIds : [bundle.id],
    patentNumbers: bundle.members.map((m) => m.patentNumber),
    licensors: bundle.holders.map((h) => ({ orgId: h.orgId, name: h.name })),
    terms: {
      royalty: bundle.royalty,
      period: bundle.period,
      scope: bundle.scope,
      territory: bundle.territory,
    },
    checks: [
      { kind: 'bundle', id: bundle.id },
      ...(declarationIds.length <= MAX_MEMBER_CHECKS
        ? declarationIds.map((id): OfferCheck => ({ kind: 'declaration', id }))
        : []),
    ],
    withdrawnAt: bundle.withdrawnAt ?? bundle.statusChangedAt,
    statusReason: bundle.statusReason,
  };
}

export async function loadOffer(deps: AppDeps, kind: 'listing' | 'bundle', id: string): Promise<Offer> {
  if (kind === 'bundle') {
    const bundle = await deps.store.bundles.get(id);
    if (!bundle || bundle.status === 'draft' || bundle.status === 'submitted' || bundle.status === 'rejected')
      throw new DomainError('not_found', '未找到该专利包 / bundle not found', 404);
    return bundleOffer(bundle);
  }
  const declaration = await deps.store.declarations.get(id);
  if (
    !declaration ||
    declaration.status === 'draft' ||
    declaration.status === 'submitted' ||
    declaration.status === 'rejected'
  )
    throw new DomainError('not_found', '未找到该开放许可成果 / listing not found', 404);
  return listingOffer(declaration);
}

export function notOffered(offer: Offer): DomainError {
  const what = offer.kind === 'bundle' ? '专利包' : '开放许可声明';
  const day = offer.withdrawnAt ? isoDateInChina(new Date(offer.withdrawnAt)) : undefined;
  const reason = offer.statusReason ? `，理由：${offer.statusReason}` : '';
  return new DomainError(
    'offer_withdrawn',
    `该${what}${day ? `已于 ${day} ` : ''}${STATUS_ZH[offer.status] ?? offer.status}${reason}，不能再据此取得开放许可（已取得的许可继续有效）/ ` +
      `the ${offer.kind === 'bundle' ? 'bundle' : 'declaration'} is ${offer.status}${day ? ` since ${day}` : ''}: ` +
      'no new open licence can be taken (licences already granted stay valid)',
    409,
    { status: offer.status, ...(day ? { withdrawnOn: day } : {}) },
  );
}
