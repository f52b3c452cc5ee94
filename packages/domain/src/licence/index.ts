export * from './acceptance.ts';
export * from './filing.ts';
export * from './licence-money.ts';
export * from './licence-receipt.ts';
export * from './notification.ts';
export * from './open-licence.ts';
export * from './royalty-report.ts';
export * from './written-notice.ts';
