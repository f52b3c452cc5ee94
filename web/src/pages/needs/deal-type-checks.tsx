import { DEAL_TYPES, type DealType } from '../../api/needs.ts';
import { describedBy } from '../../components/field.tsx';
import { t } from '../../i18n/messages.ts';

interface DealTypeChecksProps {
  value: readonly DealType[];
  onValue: (value: DealType[]) => void;
  error: string | undefined;
}

/** The acceptable deal types as a group of boxes, kept in the catalogue's order. */
export function DealTypeChecks({ value, onValue, error }: DealTypeChecksProps) {
  const id = 'need-deal-types';
  return (
    <fieldset
      id={id}
      class={error ? 'field field-group field-invalid' : 'field field-group'}
      aria-describedby={describedBy(id, { error })}
    >
      <legend>
        {t('need.field.dealTypes')}
        <span class="required" title={t('common.required')}>
          {' '}
          *
        </span>
      </legend>
      <div class="check-row">
        {DEAL_TYPES.map((deal) => (
          <label key={deal} class="check">
            <input
              type="checkbox"
              name="dealTypes"
              value={deal}
              checked={value.includes(deal)}
              onChange={(event) =>
                onValue(
                  event.currentTarget.checked
                    ? DEAL_TYPES.filter((d) => d === deal || value.includes(d))
                    : value.filter((d) => d !== deal),
                )
              }
            />
            {t(`need.deal.${deal}`)}
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
