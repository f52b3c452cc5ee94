// One file per action on an open licence; the rules they apply live in @openlicense/domain (licence/).
export { filersOf, readersOf } from '@openlicense/domain';
export * from './confirm-receipt.ts';
export * from './dispute-receipt.ts';
export * from './licence-view.ts';
export * from './list-notifications.ts';
export { LICENCE_NOT_FOUND, loadLicence } from './load-licence.ts';
export * from './pay-royalty-report.ts';
export * from './record-filing.ts';
export * from './record-payment.ts';
export * from './report-royalty.ts';
export * from './take-licence.ts';
