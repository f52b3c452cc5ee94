export * from './conversion-need.ts';
export * from './conversion-need-access.ts';
export * from './conversion-need-lifecycle.ts';
