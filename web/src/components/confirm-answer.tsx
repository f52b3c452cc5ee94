import { useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';

/**
 * The viewer's answer to a result that would count for its organisation: 确认 (it counts, once), or 拒绝并说明理由
 * (nothing counts; the reason goes on every party's evidence trail). `onAnswer` gets the reason when declining.
 */
export function ConfirmAnswer({
  onAnswer,
  prompt,
}: {
  onAnswer: (reason?: string) => Promise<void>;
  prompt: string;
}) {
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function answer(withReason?: string) {
    setBusy(true);
    try {
      await onAnswer(withReason);
      setDeclining(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="confirm-answer" data-confirm-answer>
      <p class="small">{prompt}</p>
      {!declining ? (
        <div class="actions">
          <button
            type="button"
            class="button button-small button-primary"
            data-action="confirm-part"
            disabled={busy}
            onClick={() => answer()}
          >
            {t('confirm.confirm')}
          </button>
          <button
            type="button"
            class="button button-small button-danger-outline"
            data-action="dispute-part"
            disabled={busy}
            onClick={() => setDeclining(true)}
          >
            {t('confirm.dispute')}
          </button>
        </div>
      ) : (
        <form
          class="deal-move"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) {
              setError(t('confirm.reasonRequired'));
              return;
            }
            setError(null);
            void answer(reason.trim());
          }}
        >
          <label>
            {t('confirm.reason')}
            <input
              name="reason"
              value={reason}
              maxLength={500}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </label>
          {error && <p class="field-error">{error}</p>}
          <div class="actions">
            <button
              type="submit"
              class="button button-small button-danger-outline"
              data-action="submit-dispute"
              disabled={busy}
            >
              {t('confirm.submitDispute')}
            </button>
            <button type="button" class="button button-small" onClick={() => setDeclining(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
