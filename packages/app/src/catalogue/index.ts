export * from './bundle-shelf.ts';
export * from './catalogue.ts';
export * from './catalogue-index.ts';
export * from './listing-card.ts';
export * from './listing-filter.ts';
export * from './mixed-page.ts';
export * from './snapshot-names.ts';
export * from './snapshot-store.ts';
