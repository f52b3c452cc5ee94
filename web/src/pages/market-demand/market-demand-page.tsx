import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MarketDemand } from '../../api/market-demand.ts';
import { useApp } from '../../app-context.ts';
import { t } from '../../i18n/messages.ts';
import { DemandChainSection } from './demand-chain.tsx';
import { ResearchFieldsCard } from './research-fields-card.tsx';

/** 市场需求 (university): its research fields, and the live needs it could serve grouped by industry chain. */
export function MarketDemandPage() {
  const { api, reportError } = useApp();
  const [demand, setDemand] = useState<MarketDemand | null>(null);
  const load = useCallback(async () => {
    try {
      setDemand(await api.marketDemand.demand());
    } catch (error) {
      reportError(error);
    }
  }, [api, reportError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (demand === null)
    return (
      <div class="page">
        <p class="muted">{t('common.loading')}</p>
      </div>
    );
  const noFields = demand.fields.ipcPrefixes.length + demand.fields.industryChains.length === 0;
  return (
    <div class="page" id="market-demand">
      <section class="card" aria-labelledby="demand-title">
        <div class="card-head">
          <h1 id="demand-title">{t('demand.title')}</h1>
        </div>
        <p class="muted">{t('demand.intro')}</p>
        <p class="muted">
          {t('demand.sources', {
            patents: demand.sources.matchedPatents,
            listings: demand.sources.listingsRead,
          })}
        </p>
        {demand.capped && <p class="muted">{t('demand.capped', { limit: demand.limit })}</p>}
      </section>
      <ResearchFieldsCard key={demand.fields.version} fields={demand.fields} onSaved={() => void load()} />
      {demand.chains.length === 0 ? (
        <section class="card" id="demand-empty">
          <p class="empty">{t('demand.empty.title')}</p>
          {noFields && <p class="muted">{t('demand.empty.noFields')}</p>}
          <p class="muted">{t('demand.empty.publish')}</p>
        </section>
      ) : (
        demand.chains.map((group) => <DemandChainSection key={group.chain} group={group} />)
      )}
    </div>
  );
}
