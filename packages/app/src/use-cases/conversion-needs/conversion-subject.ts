import { type ConversionNeedInput, type ConversionSubject, DomainError } from '@openlicense/domain';
import type { AppDeps } from '../../deps.ts';

const invalid = (path: string, message: string) =>
  new DomainError('invalid_input', message, 422, [{ path, message }]);

/** What a conversion need is posted on, and the organisations that may post on it. */
export interface PostTarget {
  subject: ConversionSubject;
  /** A listing's holder; a bundle's holders and its organiser. */
  ownerOrgIds: string[];
}

/**
 * The listing (a published declaration) or the published bundle the input names, with who may post on it;
 * 422 naming the field when it names nothing published.
 */
export async function conversionTarget(
  deps: Pick<AppDeps, 'store'>,
  input: Pick<ConversionNeedInput, 'declarationId' | 'bundleId'>,
): Promise<PostTarget> {
  if (input.bundleId !== undefined) {
    const bundle = await deps.store.bundles.get(input.bundleId);
    if (bundle?.status !== 'published')
      throw invalid('bundleId', '未找到已公告的专利包 / bundleId names no published bundle');
    return {
      subject: {
        kind: 'bundle',
        id: bundle.id,
        title: bundle.name,
        patents: bundle.members.map((m) => ({
          number: m.patentNumber,
          title: m.title,
          holderOrgId: m.holderOrgId,
        })),
      },
      ownerOrgIds: [...new Set([bundle.organiserOrgId, ...bundle.holders.map((h) => h.orgId)])],
    };
  }
  const declaration = input.declarationId
    ? await deps.store.declarations.get(input.declarationId)
    : undefined;
  if (declaration?.status !== 'published')
    throw invalid(
      'declarationId',
      '未找到已公告的开放许可成果 / declarationId names no published open-licence listing',
    );
  return {
    subject: {
      kind: 'listing',
      id: declaration.id,
      title: declaration.listing.title,
      patents: [
        {
          number: declaration.patentNumber,
          title: declaration.listing.title,
          holderOrgId: declaration.holderOrgId,
        },
      ],
    },
    ownerOrgIds: [declaration.holderOrgId],
  };
}
