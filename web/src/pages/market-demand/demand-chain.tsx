import type { DemandChain, DemandNeed, HiddenDemand } from '../../api/market-demand.ts';
import { useApp } from '../../app-context.ts';
import { regionName } from '../../format/region-name.ts';
import { type MessageKey, t } from '../../i18n/messages.ts';

const band = (key: string) => t(`demand.band.${key}` as MessageKey);
const deal = (key: string) => t(`need.deal.${key}` as MessageKey);
/** `{ a: 2, b: 1 }` → `A ×2、B` (largest first). */
const tallyText = (tally: Record<string, number | undefined>, label: (key: string) => string) =>
  Object.entries(tally)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([key, n]) => (n && n > 1 ? `${label(key)} ×${n}` : label(key)))
    .join('、');

function NeedCard({ need }: { need: DemandNeed }) {
  const { locale } = useApp();
  const fields = need.fieldMatch ? [...need.fieldMatch.ipcPrefixes, ...need.fieldMatch.industryChains] : [];
  return (
    <li class="card demand-need" data-need={need.id}>
      <h3>{need.title}</h3>
      <p class="muted">{need.summary}</p>
      <p class="pills">
        <span class="pill pill-info">{band(need.budgetBand)}</span>
        {need.dealTypes.map((type) => (
          <span key={type} class="pill pill-muted">
            {deal(type)}
          </span>
        ))}
        <span class="pill pill-muted">{regionName(need.regionCode, locale)}</span>
        <span class="pill pill-muted">
          {need.deadline ? t('demand.need.deadline', { date: need.deadline }) : t('demand.need.noDeadline')}
        </span>
      </p>
      {need.matchedPatents.length > 0 && (
        <p data-matched-patents>
          {t('demand.need.matched')}
          {need.matchedPatents.map((patent) => (
            <span key={patent.number} class="chip" data-patent={patent.number}>
              {t('demand.need.patent', { title: patent.title, number: patent.number, score: patent.score })}
            </span>
          ))}
        </p>
      )}
      {fields.length > 0 && <p class="muted">{t('demand.need.fields', { fields: fields.join('、') })}</p>}
    </li>
  );
}

function HiddenNeeds({ hidden }: { hidden: HiddenDemand }) {
  const { locale } = useApp();
  if (hidden.count === 0) return null;
  return (
    <div class="muted" data-hidden-count={hidden.count}>
      <p>
        {t('demand.hidden.count', { count: hidden.count })}
        {hidden.matchedByPatents > 0 &&
          `（${t('demand.hidden.patents', { count: hidden.matchedByPatents })}）`}
      </p>
      <p>
        {t('demand.hidden.detail', {
          regions: tallyText(hidden.regions, (code) => regionName(code, locale)),
          deals: tallyText(hidden.dealTypes, deal),
          bands: tallyText(hidden.budgetBands, band),
        })}
      </p>
    </div>
  );
}

/** One industry chain's needs: the readable ones in full, the others counted with their fields only. */
export function DemandChainSection({ group }: { group: DemandChain }) {
  const id = `chain-${group.chain || 'none'}`;
  return (
    <section class="card" aria-labelledby={id} data-chain={group.chain}>
      <div class="card-head">
        <h2 id={id}>{group.chain || t('demand.chain.none')}</h2>
        <span class="pill pill-muted">
          {t('demand.chain.count', { count: group.needs.length + group.hidden.count })}
        </span>
      </div>
      {group.needs.length > 0 && (
        <ul class="demand-needs">
          {group.needs.map((need) => (
            <NeedCard key={need.id} need={need} />
          ))}
        </ul>
      )}
      <HiddenNeeds hidden={group.hidden} />
    </section>
  );
}
