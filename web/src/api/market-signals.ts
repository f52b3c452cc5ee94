import type { FieldAlertSave, FieldAlertsView } from '@openlicense/contract/market-alerts';
import type { UnmetDemand } from '@openlicense/contract/market-unmet';
import type { Requester } from './client.ts';

export type {
  FieldAlertEntryView,
  FieldAlertSave,
  FieldAlertsView,
} from '@openlicense/contract/market-alerts';
export type { UnmetCell, UnmetDemand, UnmetNeed } from '@openlicense/contract/market-unmet';

/** The unmet-demand map (agencies, parks, the IP office) and a university's weekly field alerts. */
export function marketSignalsApi(request: Requester) {
  return {
    unmet: (filters: { chain?: string; region?: string } = {}) => {
      const query = new URLSearchParams();
      if (filters.chain !== undefined) query.set('chain', filters.chain);
      if (filters.region !== undefined) query.set('region', filters.region);
      const qs = query.toString();
      return request<UnmetDemand>(`/api/market/unmet${qs ? `?${qs}` : ''}`);
    },
    alerts: () => request<FieldAlertsView>('/api/market/alerts'),
    saveAlerts: (body: FieldAlertSave) =>
      request<FieldAlertsView>('/api/market/alerts', { method: 'PUT', body }),
    stopAlerts: () => request<FieldAlertsView>('/api/market/alerts', { method: 'DELETE' }),
    unsubscribeAlerts: (token: string) =>
      request<{ unsubscribed: true; message: string }>(
        `/api/market/alerts/unsubscribe?${new URLSearchParams({ token })}`,
      ),
  };
}

export type MarketSignalsApi = ReturnType<typeof marketSignalsApi>;
