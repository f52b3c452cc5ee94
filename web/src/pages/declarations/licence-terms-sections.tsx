import { ContactFields, type ContactForm } from '../../components/contact-fields.tsx';
import { TextAreaField, TextField } from '../../components/field.tsx';
import { t } from '../../i18n/messages.ts';
import { RoyaltyFields } from './royalty-fields.tsx';
import type { RoyaltyForm } from './royalty-form.ts';

// The form sections an open-licence offer has wherever it is written (a declaration, a bundle): the royalty,
// the licence period, and the scope, territory and contact. Control ids start with `idPrefix`.

type Err = (path: string) => string | undefined;

/** 许可使用费: the method and its amounts, and how the licensee can estimate the cost. */
export function RoyaltySection({
  idPrefix,
  id,
  royalty,
  note,
  onRoyalty,
  onNote,
  errors,
  warnings,
  err,
  noteMaxLength,
}: {
  idPrefix: string;
  /** The fieldset's own id, where a page links to it. */
  id?: string;
  royalty: RoyaltyForm;
  note: string;
  onRoyalty: (value: RoyaltyForm) => void;
  onNote: (value: string) => void;
  errors: Readonly<Record<string, string>>;
  warnings: Readonly<Record<string, string>>;
  err: Err;
  noteMaxLength?: number;
}) {
  return (
    <fieldset class="form-section" id={id}>
      <legend>{t('declarationForm.royalty')}</legend>
      <RoyaltyFields
        idPrefix={idPrefix}
        value={royalty}
        onValue={onRoyalty}
        errors={errors}
        warnings={warnings}
      />
      <TextAreaField
        id={`${idPrefix}-estimation-note`}
        label={t('declaration.field.royaltyEstimationNote')}
        hint={t('declaration.hint.royaltyEstimationNote')}
        value={note}
        onValue={onNote}
        error={err('royaltyEstimationNote')}
        rows={3}
        maxLength={noteMaxLength}
        required
      />
    </fieldset>
  );
}

/** 许可期限: the first and the last day of the licence period. */
export interface PeriodForm {
  periodStart: string;
  periodEnd: string;
}

export function PeriodSection({
  idPrefix,
  form,
  onValue,
  err,
  endHint,
  endError,
}: {
  idPrefix: string;
  form: PeriodForm;
  onValue: (field: keyof PeriodForm) => (value: string) => void;
  err: Err;
  endHint: string;
  /** The end's error, when more than `period.end` lands there. */
  endError?: string | undefined;
}) {
  return (
    <fieldset class="form-section">
      <legend>{t('declarationForm.period')}</legend>
      <div class="form-grid">
        <TextField
          id={`${idPrefix}-period-start`}
          label={t('declaration.field.periodStart')}
          type="date"
          value={form.periodStart}
          onValue={onValue('periodStart')}
          error={err('period.start')}
          required
        />
        <TextField
          id={`${idPrefix}-period-end`}
          label={t('declaration.field.periodEnd')}
          hint={endHint}
          type="date"
          value={form.periodEnd}
          onValue={onValue('periodEnd')}
          error={endError ?? err('period.end')}
          required
        />
      </div>
    </fieldset>
  );
}

/** 许可范围: the scope, the territory, and whom to contact. */
export interface TermsForm extends ContactForm {
  scope: string;
  territory: string;
}

export function TermsSection({
  idPrefix,
  form,
  onValue,
  err,
  scopeHint,
}: {
  idPrefix: string;
  form: TermsForm;
  onValue: (field: keyof TermsForm) => (value: string) => void;
  err: Err;
  scopeHint?: string;
}) {
  return (
    <fieldset class="form-section">
      <legend>{t('declarationForm.terms')}</legend>
      <TextAreaField
        id={`${idPrefix}-scope`}
        label={t('declaration.field.scope')}
        hint={scopeHint}
        value={form.scope}
        onValue={onValue('scope')}
        error={err('scope')}
        rows={3}
        required
      />
      <div class="form-grid">
        <TextField
          id={`${idPrefix}-territory`}
          label={t('declaration.field.territory')}
          value={form.territory}
          onValue={onValue('territory')}
          error={err('territory')}
          required
        />
        <ContactFields idPrefix={idPrefix} form={form} onValue={onValue} err={err} />
      </div>
    </fieldset>
  );
}
