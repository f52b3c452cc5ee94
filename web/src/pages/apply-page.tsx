import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { newIdempotencyKey } from '../api/idempotency-key.ts';
import { APPLICABLE_ORG_TYPES, type ApplicableOrgType, type Org, type OrgApplication } from '../api/types.ts';
import { useApp } from '../app-context.ts';
import { describedBy, Field, TextField } from '../components/field.tsx';
import { t } from '../i18n/messages.ts';
import { navigate } from '../router/use-hash-route.ts';

interface ApplyForm {
  name: string;
  uscc: string;
  type: ApplicableOrgType | '';
  regionCode: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

const EMPTY: ApplyForm = {
  name: '',
  uscc: '',
  type: '',
  regionCode: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
};

/** A rejected organisation starts from what it sent last time. */
function fromOrg(org: Org): ApplyForm {
  return {
    name: org.name,
    uscc: org.uscc,
    type: org.type === 'ip_office' ? '' : org.type,
    regionCode: org.regionCode,
    contactName: org.contact.name,
    contactPhone: org.contact.phone,
    contactEmail: org.contact.email,
  };
}

function toApplication(form: ApplyForm): OrgApplication {
  return {
    name: form.name.trim(),
    uscc: form.uscc.trim().toUpperCase(),
    type: form.type as ApplicableOrgType,
    regionCode: form.regionCode.trim(),
    contact: {
      name: form.contactName.trim(),
      phone: form.contactPhone.trim(),
      email: form.contactEmail.trim(),
    },
  };
}

export function ApplyPage() {
  const { api, me, notify, reportError, refreshMe, fieldErrorsOf } = useApp();
  // The server keeps one organisation per applicant: after a rejection the same record is corrected and resubmitted.
  const rejected = me?.organisation?.status === 'rejected' ? me.organisation : null;
  const [form, setForm] = useState<ApplyForm>(() => (rejected ? fromOrg(rejected) : EMPTY));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // One key per logical submission: a retry after a lost response reuses it, a corrected form gets a new one.
  const idempotencyKey = useRef(newIdempotencyKey());

  const set = (field: keyof ApplyForm) => (value: string) =>
    setForm((current) => ({ ...current, [field]: value }));

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      if (rejected) {
        const { type: _fixed, ...changes } = toApplication(form);
        await api.resubmitOrg(rejected.id, { ...changes, version: rejected.version });
      } else {
        await api.applyOrg(toApplication(form), idempotencyKey.current);
      }
      idempotencyKey.current = newIdempotencyKey();
      setErrors({});
      notify(t('apply.success'));
      await refreshMe();
      navigate('org');
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 0)) idempotencyKey.current = newIdempotencyKey();
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="page">
      <section class="card" aria-labelledby="apply-title">
        <h1 id="apply-title">{t('apply.title')}</h1>
        <p class="muted">{rejected ? t('apply.reapplyIntro') : t('apply.intro')}</p>
        <form id="apply-form" class="form-grid" onSubmit={submit}>
          <TextField
            id="apply-name"
            label={t('org.field.name')}
            value={form.name}
            onValue={set('name')}
            error={errors.name}
            autoComplete="organization"
            required
          />
          <TextField
            id="apply-uscc"
            label={t('org.field.uscc')}
            hint={t('org.field.usccHint')}
            value={form.uscc}
            onValue={set('uscc')}
            error={errors.uscc}
            maxLength={18}
            required
          />
          <Field id="apply-type" label={t('org.field.type')} error={errors.type} required>
            <select
              id="apply-type"
              name="apply-type"
              value={form.type}
              required
              disabled={rejected !== null}
              aria-invalid={errors.type ? 'true' : undefined}
              aria-describedby={describedBy('apply-type', { error: errors.type })}
              onChange={(event) => set('type')(event.currentTarget.value)}
            >
              <option value="" disabled>
                {t('apply.choose')}
              </option>
              {APPLICABLE_ORG_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`org.type.${type}`)}
                </option>
              ))}
            </select>
          </Field>
          <TextField
            id="apply-region"
            label={t('org.field.regionCode')}
            hint={t('org.field.regionHint')}
            value={form.regionCode}
            onValue={set('regionCode')}
            error={errors.regionCode}
            inputMode="numeric"
            maxLength={6}
            required
          />
          <TextField
            id="apply-contact-name"
            label={t('org.field.contactName')}
            value={form.contactName}
            onValue={set('contactName')}
            error={errors['contact.name']}
            autoComplete="name"
            required
          />
          <TextField
            id="apply-contact-phone"
            label={t('org.field.contactPhone')}
            type="tel"
            value={form.contactPhone}
            onValue={set('contactPhone')}
            error={errors['contact.phone']}
            autoComplete="tel"
            required
          />
          <TextField
            id="apply-contact-email"
            label={t('org.field.contactEmail')}
            type="email"
            value={form.contactEmail}
            onValue={set('contactEmail')}
            error={errors['contact.email']}
            autoComplete="email"
            required
          />
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={busy}>
              {busy ? t('common.submitting') : t('apply.submit')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
