import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UnmetCell, UnmetDemand } from '../../api/market-signals.ts';
import { useApp } from '../../app-context.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { regionName } from '../../format/region-name.ts';
import { type MessageKey, t } from '../../i18n/messages.ts';

type Selected = { chain: string; region: string };

const chainLabel = (chain: string) => chain || t('unmet.noChain');

/** Counts of a cell's tally (deal types or budget bands), largest first: `开放许可 3 · 转让 1`. */
function tally(counts: Partial<Record<string, number>>, key: (name: string) => MessageKey): string {
  return Object.entries(counts)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([name, n]) => `${t(key(name))} ${n}`)
    .join(' · ');
}

/**
 * 未满足需求: live needs nothing matches above the relevance floor, as a table of industry chains × regions
 * (prefectures) over the viewer's scope, narrowed to one chain or region by the filters. A cell opens what it asks (deal types, budgets) and the needs the
 * viewer may read; the others are a count.
 */
export function UnmetPage() {
  const { api, locale, reportError } = useApp();
  const [map, setMap] = useState<UnmetDemand | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [cellView, setCellView] = useState<UnmetDemand | null>(null);
  const [chainFilter, setChainFilter] = useState<string | null>(null);
  const [regionFilter, setRegionFilter] = useState<string | null>(null);

  useEffect(() => {
    api.marketSignals.unmet().then(setMap, reportError);
  }, [api, reportError]);

  useEffect(() => {
    setCellView(null);
    if (!selected) return;
    const filters = selected.chain ? selected : { region: selected.region };
    api.marketSignals.unmet(filters).then(setCellView, reportError);
  }, [api, reportError, selected]);

  const { chains, regions, counts } = useMemo(() => {
    const cells = map?.cells ?? [];
    const counts = new Map(cells.map((cell) => [`${cell.chain}\u0000${cell.region}`, cell]));
    return {
      chains: [...new Set(cells.map((cell) => cell.chain))],
      regions: [...new Set(cells.map((cell) => cell.region))].sort(),
      counts,
    };
  }, [map]);

  const shownChains = chainFilter === null ? chains : chains.filter((chain) => chain === chainFilter);
  const shownRegions = regionFilter === null ? regions : regions.filter((region) => region === regionFilter);
  const cellOf = (chain: string, region: string): UnmetCell | undefined =>
    counts.get(`${chain}\u0000${region}`);
  const chosen = selected ? cellOf(selected.chain, selected.region) : undefined;
  // A need without a chain is listed by region only (the API filters by a named chain); the needs not
  // listed among the cell's count are those the viewer may not read.
  const cellNeeds = (cellView?.needs ?? []).filter(
    (need) =>
      selected !== null &&
      need.regionCode.startsWith(selected.region.slice(0, 4)) &&
      (selected.chain ? need.industryChains.includes(selected.chain) : need.industryChains.length === 0),
  );

  return (
    <div class="page">
      <section class="card" aria-labelledby="unmet-title">
        <h1 id="unmet-title">{t('unmet.title')}</h1>
        <p class="muted small">{t('unmet.intro')}</p>
        {map && (
          <p class="small" id="unmet-scope">
            {map.scope
              ? t('unmet.scope.region', { region: regionName(`${map.scope}000000`.slice(0, 6), locale) })
              : t('unmet.scope.all')}
            {' · '}
            {map.computedAt
              ? t('unmet.computedAt', { at: formatDateTime(map.computedAt, locale) })
              : t('unmet.notComputed')}
          </p>
        )}
      </section>
      <section class="card" aria-label={t('unmet.title')}>
        {map === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : map.cells.length === 0 ? (
          <p class="empty">{t('unmet.empty')}</p>
        ) : (
          <>
            <div class="filter-bar" id="unmet-filters">
              <label>
                {t('unmet.filter.chain')}{' '}
                <select
                  id="unmet-filter-chain"
                  class="select-inline"
                  value={chainFilter === null ? '' : `=${chainFilter}`}
                  onChange={(e) =>
                    setChainFilter(e.currentTarget.value === '' ? null : e.currentTarget.value.slice(1))
                  }
                >
                  <option value="">{t('unmet.filter.all')}</option>
                  {chains.map((chain) => (
                    <option key={chain} value={`=${chain}`}>
                      {chainLabel(chain)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                {t('unmet.filter.region')}{' '}
                <select
                  id="unmet-filter-region"
                  class="select-inline"
                  value={regionFilter ?? ''}
                  onChange={(e) => setRegionFilter(e.currentTarget.value || null)}
                >
                  <option value="">{t('unmet.filter.all')}</option>
                  {regions.map((region) => (
                    <option key={region} value={region}>
                      {regionName(region, locale)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div class="table-wrap">
              <table class="table" id="unmet-table">
                <thead>
                  <tr>
                    <th>{t('unmet.chain')}</th>
                    {shownRegions.map((region) => (
                      <th key={region} class="num">
                        {regionName(region, locale)}
                      </th>
                    ))}
                    <th class="num">{t('unmet.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shownChains.map((chain) => (
                    <tr key={chain} data-chain={chain}>
                      <th scope="row">{chainLabel(chain)}</th>
                      {shownRegions.map((region) => {
                        const cell = cellOf(chain, region);
                        return (
                          <td key={region} class="num">
                            {cell ? (
                              <button
                                type="button"
                                class="link-button"
                                data-cell={`${chain}|${region}`}
                                aria-label={t('unmet.cellLabel', {
                                  chain: chainLabel(chain),
                                  region: regionName(region, locale),
                                  count: cell.count,
                                })}
                                onClick={() => setSelected({ chain, region })}
                              >
                                {cell.count}
                              </button>
                            ) : (
                              '—'
                            )}
                          </td>
                        );
                      })}
                      <td class="num">
                        {shownRegions.reduce((sum, region) => sum + (cellOf(chain, region)?.count ?? 0), 0)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      {selected && chosen && (
        <section class="card" id="unmet-cell" aria-labelledby="unmet-cell-title">
          <h2 id="unmet-cell-title">
            {t('unmet.cell.title', {
              chain: chainLabel(selected.chain),
              region: regionName(selected.region, locale),
            })}
          </h2>
          <p class="small" id="unmet-cell-deal-types">
            {t('unmet.cell.dealTypes', {
              list: tally(chosen.dealTypes, (type) => `need.deal.${type}` as MessageKey),
            })}
          </p>
          <p class="small" id="unmet-cell-budgets">
            {t('unmet.cell.budgets', {
              list: tally(chosen.budgetBands, (band) => `unmet.budget.${band}` as MessageKey),
            })}
          </p>
          <h3>{t('unmet.cell.needs')}</h3>
          {cellView === null ? (
            <p class="muted">{t('common.loading')}</p>
          ) : (
            <>
              {cellNeeds.length === 0 ? (
                <p class="muted" id="unmet-cell-none">
                  {t('unmet.cell.none')}
                </p>
              ) : (
                <ul class="plain-list" id="unmet-cell-needs">
                  {cellNeeds.map((need) => (
                    <li key={need.needId} data-need-id={need.needId}>
                      <a href={`#/needs/${encodeURIComponent(need.needId)}`}>{need.title}</a>
                      <span class="muted small">
                        {' '}
                        {regionName(need.regionCode, locale)} ·{' '}
                        {need.dealTypes.map((type) => t(`need.deal.${type}` as MessageKey)).join('、')} ·{' '}
                        {t(`unmet.budget.${need.budgetBand}` as MessageKey)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {!cellView.truncated && chosen.count > cellNeeds.length && (
                <p class="muted small" id="unmet-cell-hidden">
                  {t('unmet.cell.hidden', { count: chosen.count - cellNeeds.length })}
                </p>
              )}
              {cellView.truncated && <p class="muted small">{t('unmet.cell.truncated', { count: 100 })}</p>}
            </>
          )}
          <div class="actions">
            <button type="button" class="button" onClick={() => setSelected(null)}>
              {t('unmet.cell.close')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
