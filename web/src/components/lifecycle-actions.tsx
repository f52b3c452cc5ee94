import { useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';

export interface LifecycleActionsProps<A extends string> {
  /** Distinguishes the reason forms of several items on one page. */
  idPrefix: string;
  actions: readonly A[];
  /** The main step (submit, publish), shown as the primary button. */
  primary?: A;
  needsReason: (action: A) => boolean;
  label: (action: A) => string;
  reasonLabel: (action: A) => string;
  confirmLabel: (action: A) => string;
  /** Said above the reason, e.g. that licences already granted stay valid. */
  note?: (action: A) => string | undefined;
  /** Takes the step and reports the outcome; `true` when it was taken. */
  run: (action: A, reason?: string) => Promise<boolean>;
}

/**
 * The lifecycle steps a caller may take now, as buttons. A step that needs a reason (rejecting,
 * withdrawing) asks for it first; the server refuses it without one anyway.
 */
export function LifecycleActions<A extends string>({
  idPrefix,
  actions,
  primary,
  needsReason,
  label,
  reasonLabel,
  confirmLabel,
  note,
  run,
}: LifecycleActionsProps<A>) {
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<A | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  async function take(action: A, why?: string) {
    setBusy(true);
    try {
      if (await run(action, why)) {
        setAsking(null);
        setReason('');
      }
    } finally {
      setBusy(false);
    }
  }

  function confirm(event: Event) {
    event.preventDefault();
    if (!asking) return;
    const trimmed = reason.trim();
    if (trimmed.length < 2) {
      setReasonError(t('declaration.reasonRequired'));
      return;
    }
    void take(asking, trimmed);
  }

  const reasonId = `${idPrefix}-reason`;
  const said = asking ? note?.(asking) : undefined;
  return (
    <div class="declaration-actions">
      <div class="actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            class={
              action === primary
                ? 'button button-primary'
                : needsReason(action)
                  ? 'button button-danger-outline'
                  : 'button'
            }
            data-action={action}
            disabled={busy || asking !== null}
            onClick={() => (needsReason(action) ? setAsking(action) : take(action))}
          >
            {label(action)}
          </button>
        ))}
      </div>
      {asking && (
        <form
          class="reject-form"
          id={`${idPrefix}-${asking}-form`}
          data-reason-form={asking}
          onSubmit={confirm}
        >
          {said && <p class="banner banner-info">{said}</p>}
          <label for={reasonId}>{reasonLabel(asking)}</label>
          <textarea
            id={reasonId}
            rows={2}
            value={reason}
            maxLength={500}
            aria-invalid={reasonError ? 'true' : undefined}
            aria-describedby={reasonError ? `${reasonId}-error` : undefined}
            onInput={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(undefined);
            }}
          />
          {reasonError && (
            <p class="field-error" id={`${reasonId}-error`}>
              {reasonError}
            </p>
          )}
          <div class="actions">
            <button
              type="submit"
              class="button button-danger"
              data-action={`confirm-${asking}`}
              disabled={busy}
            >
              {confirmLabel(asking)}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
