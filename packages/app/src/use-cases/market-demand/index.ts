// The university's 市场需求 page and its research fields (研究领域); rules in @openlicense/domain (market/).
export * from './market-demand.ts';
export * from './research-fields.ts';
