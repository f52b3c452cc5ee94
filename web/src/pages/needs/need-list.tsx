import { useCallback, useState } from 'preact/hooks';
import { NEED_STATUSES, NEED_VISIBILITIES, type NeedFilters, type NeedListItem } from '../../api/needs.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { ImportPanel } from '../../components/import-panel.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { formatBudget } from '../../format/money.ts';
import { needStatusBadge, qualityBadge } from '../../format/need-badges.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import { filtersFromQuery, filtersToQuery } from './need-filters.ts';
import { type ClientEnterprise, useClientEnterprises } from './use-client-enterprises.ts';

export function NeedList({ query }: { query: URLSearchParams }) {
  const { api, me } = useApp();
  const isAgent = me?.organisation?.type === 'agency' || me?.organisation?.type === 'park';
  const clients = useClientEnterprises(isAgent);
  const search = query.toString();
  const load = useCallback(
    (cursor?: string) => api.needs.list(filtersFromQuery(new URLSearchParams(search)), cursor),
    [api, search],
  );
  const { items, cursor, busy, more, reload } = usePagedList(load);
  const filters = filtersFromQuery(query);

  return (
    <div class="page">
      <section class="card" aria-labelledby="needs-title">
        <div class="card-head">
          <h1 id="needs-title">{t(isAgent ? 'needs.title.agent' : 'needs.title.enterprise')}</h1>
          <a
            class="button button-primary"
            data-action="add-need"
            href={screenHref('needs', ['new'], { enterpriseOrgId: filters.enterpriseOrgId })}
          >
            {t(isAgent ? 'needs.addForEnterprise' : 'needs.add')}
          </a>
        </div>
        <p class="muted">{t(isAgent ? 'needs.intro.agent' : 'needs.intro.enterprise')}</p>
      </section>
      <ImportPanel
        resource="needs"
        hints={isAgent ? [t('import.needs.hint'), t('import.needs.agentHint')] : [t('import.needs.hint')]}
        onImported={reload}
      />
      <section class="card" aria-labelledby="needs-title">
        <FilterBar key={search} filters={filters} clients={isAgent ? clients : null} />
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('needs.empty')}</p>
        ) : (
          <NeedTable items={items} showOwner={isAgent} />
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
    </div>
  );
}

function NeedTable({ items, showOwner }: { items: readonly NeedListItem[]; showOwner: boolean }) {
  const { locale } = useApp();
  return (
    <div class="table-wrap">
      <table class="table" id="need-table">
        <thead>
          <tr>
            <th scope="col">{t('need.field.title')}</th>
            {showOwner && <th scope="col">{t('need.field.owner')}</th>}
            <th scope="col">{t('need.field.status')}</th>
            <th scope="col">{t('need.field.quality')}</th>
            <th scope="col">{t('need.field.budget')}</th>
            <th scope="col">{t('need.field.deadline')}</th>
            <th scope="col">{t('need.field.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((need) => (
            <tr key={need.id} data-need-id={need.id}>
              <td>
                <div class="cell-title">
                  <a class="row-title" href={screenHref('needs', [need.id])}>
                    {need.title}
                  </a>
                  {!showOwner && need.collectedByOrgId && (
                    <span class="muted small">{t('needs.collected')}</span>
                  )}
                </div>
              </td>
              {showOwner && <td>{need.ownerName}</td>}
              <td class="nowrap">
                <BadgePill badge={needStatusBadge(need.status)} />
              </td>
              <td class="nowrap">
                <BadgePill badge={qualityBadge(need.quality.score)} />
              </td>
              <td class="nowrap">{need.budget ? formatBudget(need.budget, locale) : '—'}</td>
              <td class="nowrap">{need.deadline ?? '—'}</td>
              <td class="nowrap muted small">{formatDateTime(need.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface FilterBarProps {
  filters: NeedFilters;
  /** Agencies and parks filter by enterprise; `null` for an enterprise. */
  clients: readonly ClientEnterprise[] | null;
}

/** Edits a copy of the filters; applying them changes the hash, which reloads the list. */
function FilterBar({ filters, clients }: FilterBarProps) {
  // The bar is keyed by the query, so it starts again from the applied filters whenever they change.
  const [draft, setDraft] = useState<NeedFilters>(filters);
  const set = (key: keyof NeedFilters) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value || undefined }));
  const all = { value: '', label: t('needs.filter.all') };

  function apply(event: Event) {
    event.preventDefault();
    go(screenHref('needs', [], filtersToQuery(draft)));
  }

  return (
    <form id="need-filters" class="filter-bar" onSubmit={apply} aria-label={t('needs.filter.title')}>
      {clients && (
        <SelectField
          id="filter-enterprise"
          label={t('need.field.owner')}
          value={draft.enterpriseOrgId ?? ''}
          onValue={set('enterpriseOrgId')}
          options={[all, ...clients.map((client) => ({ value: client.id, label: client.name }))]}
        />
      )}
      <SelectField
        id="filter-status"
        label={t('need.field.status')}
        value={draft.status ?? ''}
        onValue={set('status')}
        options={[all, ...NEED_STATUSES.map((value) => ({ value, label: t(`need.status.${value}`) }))]}
      />
      <SelectField
        id="filter-visibility"
        label={t('need.field.visibility')}
        value={draft.visibility ?? ''}
        onValue={set('visibility')}
        options={[
          all,
          ...NEED_VISIBILITIES.map((value) => ({ value, label: t(`need.visibility.${value}`) })),
        ]}
      />
      <TextField
        id="filter-industry-chain"
        label={t('need.field.industryChains')}
        value={draft.industryChain ?? ''}
        onValue={set('industryChain')}
      />
      <TextField
        id="filter-q"
        label={t('need.field.search')}
        type="search"
        value={draft.q ?? ''}
        onValue={set('q')}
      />
      <div class="filter-actions">
        <button type="submit" class="button button-primary">
          {t('needs.filter.apply')}
        </button>
        <a class="button" href={screenHref('needs')}>
          {t('needs.filter.clear')}
        </a>
      </div>
    </form>
  );
}
