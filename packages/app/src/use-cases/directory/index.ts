export * from './lookup-offers.ts';
export * from './lookup-orgs.ts';
export * from './lookup-patents.ts';
