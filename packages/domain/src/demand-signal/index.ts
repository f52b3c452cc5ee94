export * from './budget-band.ts';
export * from './field-alert.ts';
export * from './live-need.ts';
export * from './unmet-demand.ts';
