export * from './bundle.ts';
export * from './bundle-access.ts';
export * from './bundle-lifecycle.ts';
export * from './bundle-offer.ts';
export * from './bundle-record.ts';
