// One file per action on a patent bundle (专利包); its rules live in @openlicense/domain (bundle/).
export * from './bundle-actions.ts';
export * from './bundle-detail.ts';
export * from './bundle-member-grades.ts';
export type { BundleDetail, BundleOfferView } from './bundle-offer-view.ts';
export * from './bundle-review-queue.ts';
export * from './bundle-royalty.ts';
export * from './change-bundle-status.ts';
export * from './decide-consent.ts';
export * from './draft-bundle.ts';
export * from './edit-bundle-terms.ts';
export * from './list-bundles.ts';
export { loadBundle } from './load-bundle.ts';
