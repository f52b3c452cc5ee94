import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import type { BundleCard, CatalogueItem, ChainCount, ListingCard } from '../../api/listings.ts';
import { PATENT_TYPES } from '../../api/patents.ts';
import { ROYALTY_METHODS } from '../../api/royalty.ts';
import { useApp } from '../../app-context.ts';
import { SelectField, TextField } from '../../components/field.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { highlightSegments } from '../../format/highlight.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { royaltyLine } from '../../format/royalty-text.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { type Locale, t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import {
  hasFilters,
  kindOf,
  type CatalogueSearch as Search,
  searchFromQuery,
  searchToFilters,
  searchToQuery,
} from './catalogue-filters.ts';

/** Server field paths of the listing query (`query.ipc`) → the search form's fields. */
const QUERY_FIELDS: Readonly<Record<string, keyof Search>> = {
  'query.q': 'q',
  'query.ipc': 'ipc',
  'query.industryChain': 'industryChain',
  'query.minPriceFen': 'minPrice',
  'query.maxPriceFen': 'maxPrice',
  'query.region': 'region',
  'query.holder': 'holder',
};

/** A 400's details on the listing query, as messages beside the search form's fields. */
function fieldErrorsOf(error: unknown, locale: Locale): Partial<Record<keyof Search, string>> {
  const byField: Partial<Record<keyof Search, string>> = {};
  if (!(error instanceof ApiError) || error.status !== 400) return byField;
  for (const detail of error.details) {
    const field = QUERY_FIELDS[detail.path];
    if (field) byField[field] ??= localiseServerMessage(detail.message, locale);
  }
  return byField;
}

/**
 * 公开目录: published open licences anyone may search without signing in. Keywords are understood in
 * Chinese and ranked by relevance; filters narrow by IPC at any level, industry chain, patent type, royalty
 * method, price (万元), holder and region. The search lives in the hash, so a result list is a link.
 */
export function CatalogueSearch({ query }: { query: URLSearchParams }) {
  const { api, locale } = useApp();
  const search = query.toString();
  const applied = searchFromQuery(query);

  const load = useCallback(
    async (cursor?: string) => {
      const applied = searchFromQuery(new URLSearchParams(search));
      const parsed = searchToFilters(applied);
      if (!parsed.ok) return { items: [] as CatalogueItem[] };
      const page = await api.listings.browse(kindOf(applied), parsed.filters, cursor);
      return { ...page, ...(page.next ? { nextCursor: page.next } : {}) };
    },
    [api, search],
  );
  // The total, the warming banner and a 400's field errors are the current search's own (a late answer to an
  // older search is dropped by the hook, whole).
  const { items, first, error, cursor, busy, more } = usePagedList(load);
  const total = first && 'total' in first ? first.total : null;
  const warming = first !== null && 'warming' in first && first.warming === true;
  const serverErrors = fieldErrorsOf(error, locale);

  return (
    <div class="page">
      <section class="card catalogue-hero" aria-labelledby="catalogue-title">
        <h1 id="catalogue-title">{t('catalogue.title')}</h1>
        <p class="muted">{t('catalogue.intro')}</p>
        <SearchForm key={search} applied={applied} serverErrors={serverErrors} />
      </section>
      <section class="card" aria-labelledby="catalogue-results-title">
        <div class="card-head">
          <h2 id="catalogue-results-title">{t('catalogue.results')}</h2>
          {total !== null && items !== null && (
            <span class="muted" data-total={total}>
              {t('catalogue.total', { total })}
            </span>
          )}
        </div>
        {warming && (
          <p class="banner banner-info" role="status" data-banner="warming">
            {t('catalogue.warming')}
          </p>
        )}
        {applied.holder && (
          <p class="chips">
            <span class="chip" data-chip="holder">
              {t('catalogue.holderChip', { name: applied.holderName || applied.holder })}
              <a
                href={screenHref('catalogue', [], searchToQuery({ ...applied, holder: '', holderName: '' }))}
                aria-label={t('catalogue.removeFilter')}
              >
                ×
              </a>
            </span>
          </p>
        )}
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('catalogue.empty')}</p>
        ) : (
          <ol class="listing-list" id="listing-results">
            {items.map((item) =>
              isBundle(item) ? (
                <BundleRow key={item.id} card={item} search={applied} />
              ) : (
                <ListingRow key={item.id} card={item} search={applied} />
              ),
            )}
          </ol>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
    </div>
  );
}

function ListingRow({ card, search }: { card: ListingCard; search: Search }) {
  const { locale } = useApp();
  const segments = highlightSegments(card.title, card.matched ?? []);
  const byHolder = screenHref(
    'catalogue',
    [],
    searchToQuery({ ...search, holder: card.holder.orgId, holderName: card.holder.name }),
  );
  return (
    <li class="listing" data-listing-id={card.id} data-number={card.patentNumber}>
      <a class="listing-title" href={screenHref('catalogue', [card.id])}>
        {segments.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : segment.text))}
      </a>
      <p class="listing-meta">
        <span class="mono">{displayPatentNumber(card.patentNumber)}</span>
        <span>{t(`patent.type.${card.patentType}`)}</span>
        <a href={byHolder} data-action="filter-holder" title={t('catalogue.byHolder')}>
          {card.holder.name}
        </a>
        <span class="muted">{t(`org.type.${card.holder.type}`)}</span>
      </p>
      <p class="listing-terms">
        <strong data-royalty>{royaltyLine(card.royalty, locale)}</strong>
        <span class="muted">
          {t('catalogue.periodShort', { start: card.period.start, end: card.lapseDate })}
        </span>
      </p>
      <p class="listing-tags">
        {card.industryChains.map((chain) => (
          <span key={chain} class="pill pill-info">
            {chain}
          </span>
        ))}
        {card.ipc.map((code) => (
          <span key={code} class="mono small muted">
            {code}
          </span>
        ))}
      </p>
      {card.matched && card.matched.length > 0 && (
        <p class="muted small">{t('catalogue.matched', { terms: card.matched.join('、') })}</p>
      )}
    </li>
  );
}

const isBundle = (item: CatalogueItem): item is BundleCard => 'kind' in item && item.kind === 'bundle';

/** A bundle or public patent pool: its name, organiser, how many patents, its one price; its page is public. */
function BundleRow({ card, search }: { card: BundleCard; search: Search }) {
  const { locale } = useApp();
  const segments = highlightSegments(card.title, card.matched ?? []);
  const byOrganiser = screenHref(
    'catalogue',
    [],
    searchToQuery({ ...search, holder: card.organiser.orgId, holderName: card.organiser.name }),
  );
  return (
    <li class="listing listing-bundle" data-bundle-id={card.id}>
      <a class="listing-title" href={screenHref('bundles', [card.id])}>
        {segments.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : segment.text))}
      </a>
      <p class="listing-meta">
        <span class="pill pill-ok" data-kind="bundle">
          {t(card.organiser.type === 'park' ? 'catalogue.poolBadge' : 'catalogue.bundleBadge')}
        </span>
        <span data-patent-count={card.patentCount}>
          {t('catalogue.bundleMeta', { count: card.patentCount })}
        </span>
        <span class="muted">{t('catalogue.organisedBy')}</span>
        <a href={byOrganiser} data-action="filter-holder" title={t('catalogue.byOrganiser')} data-organiser>
          {card.organiser.name}
        </a>
        <span class="muted">{t(`org.type.${card.organiser.type}`)}</span>
      </p>
      <p class="muted small">
        {t('catalogue.bundleHolders', {
          names: card.holders.map((holder) => holder.name).join(locale === 'zh-CN' ? '、' : ', '),
        })}
      </p>
      <p class="listing-terms">
        <strong data-royalty>{royaltyLine(card.royalty, locale)}</strong>
        <span class="muted">
          {t('catalogue.periodShort', { start: card.period.start, end: card.lapseDate })}
        </span>
      </p>
      <p class="listing-tags">
        {card.industryChains.map((chain) => (
          <span key={chain} class="pill pill-info">
            {chain}
          </span>
        ))}
      </p>
      {card.matched && card.matched.length > 0 && (
        <p class="muted small">{t('catalogue.matched', { terms: card.matched.join('、') })}</p>
      )}
    </li>
  );
}

/** Single patents, bundles, or both: choosing one searches again at once. */
function KindSwitch({ draft, onKind }: { draft: Search; onKind: (kind: Search['kind']) => void }) {
  const choices: { value: Search['kind']; label: string }[] = [
    { value: '', label: t('catalogue.kind.all') },
    { value: 'listing', label: t('catalogue.kind.listing') },
    { value: 'bundle', label: t('catalogue.kind.bundle') },
  ];
  return (
    <fieldset class="kind-switch" id="catalogue-kind">
      <legend class="visually-hidden">{t('catalogue.kind.label')}</legend>
      <div class="segmented" role="radiogroup" aria-label={t('catalogue.kind.label')}>
        {choices.map((choice) => (
          <label
            key={choice.value || 'all'}
            class={draft.kind === choice.value ? 'segment segment-on' : 'segment'}
          >
            <input
              type="radio"
              name="catalogue-kind"
              value={choice.value || 'all'}
              checked={draft.kind === choice.value}
              onChange={() => onKind(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The keyword box and the filters; applying them changes the hash, which reloads the results. */
function SearchForm({
  applied,
  serverErrors,
}: {
  applied: Search;
  serverErrors: Partial<Record<keyof Search, string>>;
}) {
  const { api } = useApp();
  const [draft, setDraft] = useState<Search>(applied);
  const [open, setOpen] = useState(() => hasFilters(applied));
  const [chains, setChains] = useState<ChainCount[]>([]);
  const [priceErrors, setPriceErrors] = useState<Partial<Record<'minPrice' | 'maxPrice', true>>>({});
  const set = (key: keyof Search) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const all = { value: '', label: t('needs.filter.all') };

  // The chain filter offers the chains the catalogue holds; a chain from an older link stays choosable.
  useEffect(() => {
    if (!open) return;
    let live = true;
    api.listings.industryChains(kindOf(draft)).then(
      (page) => live && setChains(page.items),
      () => live && setChains([]),
    );
    return () => {
      live = false;
    };
  }, [api, open, draft.kind]);
  const chainOptions = [
    all,
    ...chains.map(({ chain, count }) => ({
      value: chain,
      label: t('catalogue.chainOption', { chain, count }),
    })),
    ...(draft.industryChain && !chains.some((c) => c.chain === draft.industryChain)
      ? [
          {
            value: draft.industryChain,
            label: t('catalogue.chainOption', { chain: draft.industryChain, count: 0 }),
          },
        ]
      : []),
  ];

  function search(next: Search) {
    const parsed = searchToFilters(next);
    setPriceErrors(parsed.ok ? {} : parsed.errors);
    if (parsed.ok) go(screenHref('catalogue', [], searchToQuery(next)));
  }
  function apply(event: Event) {
    event.preventDefault();
    search(draft);
  }
  function chooseKind(kind: Search['kind']) {
    const next = { ...draft, kind };
    setDraft(next);
    search(next);
  }

  const priceError = (key: 'minPrice' | 'maxPrice') =>
    priceErrors[key] ? t('catalogue.invalidPrice') : serverErrors[key];

  return (
    <form
      id="catalogue-search"
      class="catalogue-search"
      onSubmit={apply}
      aria-label={t('catalogue.keywords')}
    >
      <div class="search-line">
        <label for="catalogue-q" class="visually-hidden">
          {t('catalogue.keywords')}
        </label>
        <input
          id="catalogue-q"
          name="q"
          type="search"
          value={draft.q}
          placeholder={t('catalogue.placeholder')}
          maxLength={100}
          aria-invalid={serverErrors.q ? 'true' : undefined}
          onInput={(event) => set('q')(event.currentTarget.value)}
        />
        <button type="submit" class="button button-primary" data-action="search">
          {t('catalogue.search')}
        </button>
        <button
          type="button"
          class="button"
          aria-expanded={open}
          aria-controls="catalogue-filters"
          onClick={() => setOpen(!open)}
        >
          {t('catalogue.filters')}
        </button>
      </div>
      {serverErrors.q && <p class="field-error">{serverErrors.q}</p>}
      <KindSwitch draft={draft} onKind={chooseKind} />
      {open && (
        <div id="catalogue-filters" class="filter-bar">
          <TextField
            id="filter-ipc"
            label={t('catalogue.filter.ipc')}
            hint={t('catalogue.hint.ipc')}
            value={draft.ipc}
            onValue={set('ipc')}
            error={serverErrors.ipc}
          />
          <SelectField
            id="filter-industry-chain"
            label={t('catalogue.filter.industryChain')}
            value={draft.industryChain}
            onValue={set('industryChain')}
            error={serverErrors.industryChain}
            options={chainOptions}
          />
          <SelectField
            id="filter-patent-type"
            label={t('patent.field.type')}
            value={draft.patentType}
            onValue={set('patentType')}
            options={[all, ...PATENT_TYPES.map((value) => ({ value, label: t(`patent.type.${value}`) }))]}
          />
          <SelectField
            id="filter-royalty-method"
            label={t('royalty.field.method')}
            value={draft.royaltyMethod}
            onValue={set('royaltyMethod')}
            options={[
              all,
              ...ROYALTY_METHODS.map((value) => ({ value, label: t(`royalty.method.${value}`) })),
            ]}
          />
          <TextField
            id="filter-min-price"
            label={t('catalogue.filter.minPrice')}
            hint={t('catalogue.hint.price')}
            value={draft.minPrice}
            onValue={set('minPrice')}
            error={priceError('minPrice')}
            inputMode="decimal"
          />
          <TextField
            id="filter-max-price"
            label={t('catalogue.filter.maxPrice')}
            value={draft.maxPrice}
            onValue={set('maxPrice')}
            error={priceError('maxPrice')}
            inputMode="decimal"
          />
          <TextField
            id="filter-region"
            label={t('catalogue.filter.region')}
            hint={t('catalogue.hint.region')}
            value={draft.region}
            onValue={set('region')}
            error={serverErrors.region}
            inputMode="numeric"
            maxLength={6}
          />
          <div class="filter-actions">
            <button type="submit" class="button button-primary">
              {t('needs.filter.apply')}
            </button>
            <a
              class="button"
              href={screenHref('catalogue', [], { q: draft.q, kind: draft.kind || undefined })}
            >
              {t('needs.filter.clear')}
            </a>
          </div>
        </div>
      )}
    </form>
  );
}
