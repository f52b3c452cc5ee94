import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/messages.ts';
import { describedBy, Field } from './field.tsx';
import { moveActive, orderOptions, type PickerOption } from './picker-options.ts';

export type { PickerOption };

/** How long typing rests before the look-up is asked (one request per pause, not per key). */
const SEARCH_PAUSE_MS = 200;

interface PickerProps {
  /** The input's id; the listbox is `${id}-list`, each option `${id}-option-<n>`. */
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  /** Several may be chosen (chips); otherwise choosing replaces the one chosen. */
  multiple?: boolean;
  chosen: readonly PickerOption[];
  onChange: (chosen: PickerOption[]) => void;
  /** The look-up: options for what was typed (may be empty). */
  search: (query: string) => Promise<PickerOption[]>;
  /** Shown first when they match, marked as the caller's clients. */
  preferred?: readonly PickerOption[] | undefined;
  disabled?: boolean;
}

/**
 * A searchable select (WAI-ARIA combobox with a listbox popup): a person types part of a name or number,
 * picks with the mouse or the arrow keys and Enter, and reads names only; the chosen options' ids travel
 * inside the form. Escape closes the list; a chosen option is removed with its own button.
 */
export function Picker({
  id,
  label,
  hint,
  error,
  required,
  multiple = false,
  chosen,
  onChange,
  search,
  preferred,
  disabled,
}: PickerProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<PickerOption[] | null>(null);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);
  const searchRef = useRef(search);
  searchRef.current = search;

  useEffect(() => {
    if (!open) return;
    const ask = ++asked.current;
    setFound(null);
    const timer = setTimeout(() => {
      searchRef.current(query).then(
        (options) => {
          if (ask === asked.current) setFound(options);
        },
        () => {
          if (ask === asked.current) setFound([]);
        },
      );
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [open, query]);

  const options = orderOptions({
    query,
    preferred,
    found: found ?? [],
    chosen: multiple ? chosen : [],
  });
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && (found !== null || options.length > 0);

  function choose(option: PickerOption) {
    onChange(multiple ? [...chosen, option] : [option]);
    setQuery('');
    setActive(-1);
    // Closed after each choice, so the list never covers the fields below; typing or an arrow key opens it again.
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      if (open) event.preventDefault();
      setOpen(false);
      setActive(-1);
      return;
    }
    if (event.key === 'Enter') {
      const option = open ? options[active] : undefined;
      // Enter in an open list chooses; it never submits the form around the picker.
      if (open) event.preventDefault();
      if (option) choose(option);
      return;
    }
    if (['ArrowDown', 'ArrowUp'].includes(event.key) || (open && ['Home', 'End'].includes(event.key))) {
      event.preventDefault();
      setOpen(true);
      setActive(moveActive(active, event.key, options.length));
    }
  }

  const status =
    found === null
      ? t('picker.loading')
      : options.length === 0
        ? t('picker.none')
        : t('picker.results', { count: options.length });

  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <div class="picker" data-picker={id}>
        {chosen.length > 0 && (
          <ul class="picker-chosen" aria-label={`${label} ${t('picker.chosen')}`}>
            {chosen.map((option) => (
              <li key={option.id} class="picker-chip" data-chosen-id={option.id}>
                <span>{option.label}</span>
                {option.detail && <span class="muted small"> · {option.detail}</span>}
                {!disabled && (
                  <button
                    type="button"
                    class="picker-remove"
                    aria-label={t('picker.remove', { name: option.label })}
                    onClick={() => onChange(chosen.filter((other) => other.id !== option.id))}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {!disabled && (
          <input
            id={id}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded ? 'true' : 'false'}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy(id, { hint, error })}
            placeholder={t('picker.placeholder')}
            value={query}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              // The last answer was for other words: none is offered until this one's comes.
              setFound(null);
              setActive(-1);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
          />
        )}
        <div id={listId} role="listbox" aria-label={label} class="picker-list" hidden={!expanded}>
          {expanded &&
            options.map((option, index) => (
              <div
                key={option.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active ? 'true' : 'false'}
                class={index === active ? 'picker-option picker-option-active' : 'picker-option'}
                data-option-id={option.id}
                // Chosen on mouse-down, before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
              >
                <span>{option.label}</span>
                {option.client && <span class="pill pill-info">{t('picker.client')}</span>}
                {option.detail && <span class="muted small picker-detail">{option.detail}</span>}
              </div>
            ))}
        </div>
        {open && (
          <p class="picker-status muted small" aria-live="polite" data-picker-status>
            {status}
          </p>
        )}
      </div>
    </Field>
  );
}
