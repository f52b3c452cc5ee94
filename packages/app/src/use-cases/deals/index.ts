// One file per action on a deal; the rules they apply live in @openlicense/domain (deal/).
export * from './confirm-deal.ts';
export * from './create-deal.ts';
export * from './dispute-deal.ts';
export * from './list-deals.ts';
export { dealParties, loadDeal } from './load-deal.ts';
export * from './move-deal.ts';
