import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { newIdempotencyKey } from '../../api/idempotency-key.ts';
import type { PatentInput } from '../../api/patents.ts';
import { useApp } from '../../app-context.ts';
import { TextAreaField, TextField } from '../../components/field.tsx';
import { errorAt } from '../../format/field-error.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';

/**
 * Shown when the number is in another organisation's ledger: the patentee files a dispute (权属异议)
 * with its entry, a statement and its evidence, and the IP office decides.
 */
export function DisputeClaimPanel({ patent }: { patent: PatentInput }) {
  const { api, notify, reportError, fieldErrorsOf } = useApp();
  const [statement, setStatement] = useState('');
  const [evidenceRef, setEvidenceRef] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      await api.patentDisputes.open({ patent, statement, evidenceRef }, idempotencyKey.current);
      notify(t('dispute.filed'));
      go(screenHref('patents'));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 0)) idempotencyKey.current = newIdempotencyKey();
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="dispute-claim-title" data-dispute-claim>
      <h2 id="dispute-claim-title">{t('dispute.claimTitle')}</h2>
      <p class="muted">{t('dispute.claimIntro')}</p>
      <form id="dispute-claim-form" class="form-sections" onSubmit={submit} noValidate>
        <TextAreaField
          id="dispute-statement"
          label={t('dispute.field.statement')}
          hint={t('dispute.hint.statement')}
          value={statement}
          onValue={setStatement}
          error={errorAt(errors, 'statement')}
          rows={3}
          required
        />
        <TextField
          id="dispute-evidence"
          label={t('dispute.field.evidenceRef')}
          hint={t('dispute.hint.evidenceRef')}
          value={evidenceRef}
          onValue={setEvidenceRef}
          error={errorAt(errors, 'evidenceRef')}
          required
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? t('common.submitting') : t('dispute.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
