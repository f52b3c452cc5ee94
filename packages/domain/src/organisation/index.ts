export * from './jurisdiction.ts';
export * from './name-order.ts';
export * from './org-types.ts';
export * from './organisation.ts';
export * from './review.ts';
