import type {
  MarketDemand,
  ResearchFieldsSave,
  ResearchFieldsView,
} from '@openlicense/contract/market-demand';
import type { Requester } from './client.ts';

export type {
  DemandChain,
  DemandNeed,
  HiddenDemand,
  MarketDemand,
  ResearchFieldsSave,
  ResearchFieldsView,
} from '@openlicense/contract/market-demand';

/** A university's 市场需求 page and its research fields (研究领域). */
export function marketDemandApi(request: Requester) {
  return {
    demand: () => request<MarketDemand>('/api/market/demand'),
    fields: () => request<ResearchFieldsView>('/api/market/fields'),
    saveFields: (body: ResearchFieldsSave) =>
      request<ResearchFieldsView>('/api/market/fields', { method: 'PUT', body }),
  };
}

export type MarketDemandApi = ReturnType<typeof marketDemandApi>;
