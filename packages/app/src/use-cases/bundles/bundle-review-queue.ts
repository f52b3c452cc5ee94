import type { BundleRecord } from '@openlicense/domain';
import type { Page } from '@openlicense/store';
import type { AppDeps } from '../../deps.ts';
import { type BundleDetail, type BundleOfferView, offerView, termsView } from './bundle-offer-view.ts';
import { today } from './load-bundle.ts';

/** The IP office's queue: submitted bundles, oldest submission first, each with its offer check and terms. */
export async function bundleReviewQueue(
  deps: AppDeps,
  options: { limit: number; cursor?: string | undefined },
): Promise<Page<{ bundle: BundleRecord; offer: BundleOfferView; terms: BundleDetail['terms'] }>> {
  const page = await deps.store.bundles.listByStatus('submitted', options);
  const day = today(deps);
  const items = await Promise.all(
    page.items.map(async (bundle) => ({
      bundle,
      offer: offerView(bundle, await deps.store.bundles.memberFacts(bundle), day),
      terms: termsView(bundle, day),
    })),
  );
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
}
