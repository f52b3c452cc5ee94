import { useEffect, useRef, useState } from 'preact/hooks';
import type { Agent, AuthorisationView } from '../../api/authorisations.ts';
import { ApiError } from '../../api/client.ts';
import { newIdempotencyKey } from '../../api/idempotency-key.ts';
import { useApp } from '../../app-context.ts';
import { describedBy, Field, TextField } from '../../components/field.tsx';
import { chinaToday, periodEnd } from '../../format/china-today.ts';
import { t } from '../../i18n/messages.ts';

/** One year from today unless changed: the usual term of a paper 委托书. */
const DEFAULT_YEARS = 1;

export function GrantForm({ onGranted }: { onGranted: (auth: AuthorisationView) => void }) {
  const { api, notify, reportError, fieldErrorsOf } = useApp();
  const [agents, setAgents] = useState<Agent[] | null>(null);
  const today = chinaToday();
  const [agentOrgId, setAgentOrgId] = useState('');
  const [validFrom, setValidFrom] = useState(today);
  const [validUntil, setValidUntil] = useState(() => periodEnd(today, DEFAULT_YEARS));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());

  useEffect(() => {
    let live = true;
    api.authorisations.agents().then(
      ({ items }) => {
        if (live) setAgents(items);
      },
      (error) => {
        if (!live) return;
        setAgents([]);
        reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, reportError]);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const trimmed = note.trim();
      const granted = await api.authorisations.grant(
        { agentOrgId, validFrom, validUntil, scope: 'needs', ...(trimmed ? { note: trimmed } : {}) },
        idempotencyKey.current,
      );
      idempotencyKey.current = newIdempotencyKey();
      notify(t('auth.granted', { name: granted.agentName }));
      setErrors({});
      setAgentOrgId('');
      setNote('');
      onGranted(granted);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 0)) idempotencyKey.current = newIdempotencyKey();
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  const byType = (type: Agent['type']) => (agents ?? []).filter((agent) => agent.type === type);
  return (
    <form id="grant-form" class="form-grid grant-form" onSubmit={submit} aria-label={t('auth.grant.title')}>
      <Field id="grant-agent" label={t('auth.field.agent')} error={errors.agentOrgId} required>
        <select
          id="grant-agent"
          name="grant-agent"
          value={agentOrgId}
          required
          disabled={agents === null}
          aria-invalid={errors.agentOrgId ? 'true' : undefined}
          aria-describedby={describedBy('grant-agent', { error: errors.agentOrgId })}
          onChange={(event) => setAgentOrgId(event.currentTarget.value)}
        >
          <option value="" disabled>
            {agents === null ? t('common.loading') : t('apply.choose')}
          </option>
          {(['agency', 'park'] as const).map((type) =>
            byType(type).length === 0 ? null : (
              <optgroup key={type} label={t(`auth.agentGroup.${type}`)}>
                {byType(type).map((agent) => (
                  <option key={agent.id} value={agent.id}>
                    {agent.name}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
      </Field>
      <TextField
        id="grant-valid-from"
        label={t('auth.field.validFrom')}
        type="date"
        value={validFrom}
        onValue={setValidFrom}
        error={errors.validFrom}
        required
      />
      <TextField
        id="grant-valid-until"
        label={t('auth.field.validUntil')}
        hint={t('auth.hint.period')}
        type="date"
        value={validUntil}
        onValue={setValidUntil}
        error={errors.validUntil}
        required
      />
      <TextField
        id="grant-note"
        label={t('auth.field.note')}
        value={note}
        onValue={setNote}
        error={errors.note}
        maxLength={500}
      />
      <p class="muted small form-actions">{t('auth.scopeLine')}</p>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={busy || agents === null}>
          {busy ? t('common.submitting') : t('auth.grant.submit')}
        </button>
      </div>
    </form>
  );
}
