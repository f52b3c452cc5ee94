import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { t } from '../../i18n/messages.ts';

/** Ledger pages read while selecting every A and B patent (200 a page: at most the batch cap and a bit). */
const PAGES_AT_MOST = 5;

/** The patents ticked in the ledger, and a shortcut that ticks every grade A and B patent of the holder. */
export function usePatentSelection() {
  const { api, reportError } = useApp();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // A new selection starts a new bulk form (its own Idempotency-Key and no earlier answer shown).
  const [round, setRound] = useState(0);
  const [busy, setBusy] = useState(false);

  const replace = (next: ReadonlySet<string>) => {
    setSelected(next);
    setRound((n) => n + 1);
  };

  return {
    selected,
    round,
    busy,
    toggle(number: string, on: boolean) {
      const next = new Set(selected);
      if (on) next.add(number);
      else next.delete(number);
      replace(next);
    },
    clear: () => replace(new Set()),
    /** Every A and B patent of the ledger, not only the rows loaded, read by grade. */
    async selectAB() {
      setBusy(true);
      try {
        const numbers = new Set<string>();
        let cursor: string | undefined;
        for (let page = 0; page < PAGES_AT_MOST; page++) {
          const read = await api.patents.list(cursor, 200, { grades: ['A', 'B'] });
          for (const patent of read.items) numbers.add(patent.number);
          cursor = read.nextCursor;
          if (!cursor) break;
        }
        replace(numbers);
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(false);
      }
    },
  };
}
export type PatentSelection = ReturnType<typeof usePatentSelection>;

export function SelectionButtons({ selection }: { selection: PatentSelection }) {
  return (
    <>
      <button
        type="button"
        class="button button-small"
        data-action="select-grade-ab"
        disabled={selection.busy}
        onClick={() => void selection.selectAB()}
      >
        {selection.busy ? t('bulkDeclare.selecting') : t('bulkDeclare.selectAB')}
      </button>
      {selection.selected.size > 0 ? (
        <button
          type="button"
          class="button button-small"
          data-action="clear-selection"
          onClick={selection.clear}
        >
          {t('bulkDeclare.clear')}
        </button>
      ) : null}
    </>
  );
}
