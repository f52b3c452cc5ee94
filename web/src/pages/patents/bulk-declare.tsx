import { DEFAULT_TERRITORY } from '@openlicense/domain/declaration/declaration';
import { useEffect, useState } from 'preact/hooks';
import { fieldErrors } from '../../api/client.ts';
import type { DeclarationBatchResult } from '../../api/declarations.ts';
import { newIdempotencyKey } from '../../api/idempotency-key.ts';
import { useApp } from '../../app-context.ts';
import { SelectField } from '../../components/field.tsx';
import { errorAt } from '../../format/field-error.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { DEFAULT_PERIOD_YEARS, DEFAULT_SCOPE } from '../declarations/declaration-form-model.ts';
import { guardText } from '../declarations/guard-issues.ts';
import { RoyaltySection, type TermsForm, TermsSection } from '../declarations/licence-terms-sections.tsx';
import { emptyRoyaltyForm, formToRoyalty, type RoyaltyForm } from '../declarations/royalty-form.ts';

/** How many patents one request may start declarations for (the API's own cap). */
export const BULK_DECLARE_MAX = 200;

const royaltyMessages = () => ({
  amountRequired: t('royalty.amountRequired'),
  invalidAmount: t('royalty.invalidAmount'),
  invalidRate: t('royalty.invalidRate'),
  invalidMonths: t('royalty.invalidMonths'),
});

const YEARS = ['1', '2', '3', '5', '10'];

/**
 * 批量声明: one set of terms for the selected patents, sent as one request that drafts a declaration for each
 * patent passing every guard; the answer is shown patent by patent, a draft linked to its form.
 */
export function BulkDeclarePanel({
  numbers,
  round,
  onDone,
}: {
  numbers: readonly string[];
  /** Moves whenever the selection changes: the terms typed stay, the earlier answer and its key go. */
  round: number;
  onDone: () => void;
}) {
  const { api, me, locale } = useApp();
  const contact = me?.organisation?.contact;
  const [royalty, setRoyalty] = useState<RoyaltyForm>(emptyRoyaltyForm());
  const [note, setNote] = useState('');
  const [years, setYears] = useState(String(DEFAULT_PERIOD_YEARS));
  const [terms, setTerms] = useState<TermsForm>({
    scope: DEFAULT_SCOPE,
    territory: DEFAULT_TERRITORY,
    contactName: contact?.name ?? '',
    contactPhone: contact?.phone ?? '',
    contactEmail: contact?.email ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DeclarationBatchResult | undefined>();
  // One key per set of terms sent: a retry after a lost answer gets the first answer, not a second batch.
  const [key, setKey] = useState(newIdempotencyKey);
  useEffect(() => {
    setResult(undefined);
    setKey(newIdempotencyKey());
  }, [round]);
  const tooMany = numbers.length > BULK_DECLARE_MAX;
  const err = (path: string) => errorAt(errors, path);
  const edited = () => {
    setErrors({});
    setKey(newIdempotencyKey());
  };

  async function start(event: Event) {
    event.preventDefault();
    const built = formToRoyalty(royalty, royaltyMessages());
    if (!built.ok) return setErrors(built.errors);
    setBusy(true);
    try {
      const answer = await api.declarations.drafts(
        {
          patentNumbers: [...numbers],
          terms: {
            royalty: built.royalty,
            royaltyEstimationNote: note,
            scope: terms.scope,
            territory: terms.territory,
            contact: { name: terms.contactName, phone: terms.contactPhone, email: terms.contactEmail },
          },
          years: Number(years),
        },
        key,
      );
      setResult(answer);
      onDone();
    } catch (error) {
      const byField = fieldErrors(error, (message) => localiseServerMessage(message, locale));
      const shown: Record<string, string> = {};
      for (const [path, message] of Object.entries(byField)) shown[path.replace(/^terms\./, '')] = message;
      setErrors(
        Object.keys(shown).length > 0
          ? shown
          : { form: error instanceof Error ? localiseServerMessage(error.message, locale) : String(error) },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" id="bulk-declare" aria-labelledby="bulk-declare-title">
      <h2 id="bulk-declare-title">{t('bulkDeclare.title', { count: numbers.length })}</h2>
      <p class="muted">{t('bulkDeclare.intro')}</p>
      {result ? (
        <BulkOutcomes result={result} />
      ) : (
        <form id="bulk-declare-form" onSubmit={start} noValidate>
          <RoyaltySection
            idPrefix="bulk"
            royalty={royalty}
            note={note}
            onRoyalty={(value) => {
              edited();
              setRoyalty(value);
            }}
            onNote={(value) => {
              edited();
              setNote(value);
            }}
            errors={errors}
            warnings={{}}
            err={err}
          />
          <SelectField
            id="bulk-years"
            label={t('bulkDeclare.years')}
            value={years}
            onValue={(value) => {
              edited();
              setYears(value);
            }}
            options={YEARS.map((value) => ({ value, label: value }))}
            error={err('years')}
          />
          <TermsSection
            idPrefix="bulk"
            form={terms}
            onValue={(field) => (value) => {
              edited();
              setTerms((previous) => ({ ...previous, [field]: value }));
            }}
            err={err}
          />
          {err('patentNumbers') || errors.form ? (
            <p class="banner banner-danger" role="alert">
              {err('patentNumbers') ?? errors.form}
            </p>
          ) : null}
          {tooMany ? (
            <p class="banner banner-warning" role="alert">
              {t('bulkDeclare.tooMany', { max: BULK_DECLARE_MAX })}
            </p>
          ) : null}
          <button
            type="submit"
            class="button button-primary"
            data-action="bulk-declare"
            disabled={busy || tooMany || numbers.length === 0}
          >
            {busy ? t('bulkDeclare.working') : t('bulkDeclare.start', { count: numbers.length })}
          </button>
        </form>
      )}
    </section>
  );
}

/** What became of each patent: drafted (link to the draft), a draft already open, or refused with each guard. */
function BulkOutcomes({ result }: { result: DeclarationBatchResult }) {
  const { locale } = useApp();
  return (
    <div id="bulk-declare-results">
      <p role="status" data-bulk-summary>
        {t('bulkDeclare.summary', { drafted: result.drafted, refused: result.refused })}
      </p>
      <table class="table">
        <caption class="muted small">{t('bulkDeclare.resultsTitle')}</caption>
        <tbody>
          {result.results.map((outcome) => (
            <tr
              key={outcome.patentNumber}
              data-bulk-outcome={outcome.outcome}
              data-number={outcome.patentNumber}
            >
              <td class="mono nowrap">{displayPatentNumber(outcome.patentNumber)}</td>
              <td class="nowrap">
                <span class={`pill ${outcome.outcome === 'refused' ? 'pill-danger' : 'pill-ok'}`}>
                  {t(`bulkDeclare.${outcome.outcome}`)}
                </span>
              </td>
              <td>
                {outcome.declarationId ? (
                  <a
                    class="button button-small"
                    data-action="open-draft"
                    href={screenHref('declarations', [outcome.declarationId, 'edit'])}
                  >
                    {t('bulkDeclare.openDraft')}
                  </a>
                ) : (
                  <ul class="plain">
                    {outcome.errors.map((issue) => (
                      <li key={issue.code} data-guard={issue.code}>
                        {guardText(issue, locale)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
