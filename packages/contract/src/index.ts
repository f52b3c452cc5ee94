/**
 * The HTTP API's contract: the request and response schemas of its routes, with the types inferred from them.
 * The API validates and documents with the schemas; the web imports only the types (`import type`), so no
 * schema reaches the browser bundle. No I/O, no HTTP framework: zod and the pure domain only.
 */
export * from './authorisations.ts';
export * from './bundles.ts';
export * from './confirmations.ts';
export * from './conversion-needs.ts';
export * from './deals.ts';
export * from './declaration-batch.ts';
export * from './declarations.ts';
export * from './events.ts';
export * from './grading-settings.ts';
export * from './licences.ts';
export * from './listings.ts';
export * from './market-alerts.ts';
export * from './market-demand.ts';
export * from './market-unmet.ts';
export * from './needs.ts';
export * from './orgs.ts';
export * from './page.ts';
export * from './patent-disputes.ts';
export * from './patents.ts';
export * from './pushes.ts';
export * from './quotas.ts';
export * from './royalty.ts';
export * from './waiting.ts';
