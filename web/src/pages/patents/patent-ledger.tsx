import { ledgerDeclarationStep } from '@openlicense/domain/declaration/ledger-state';
import { gradeBlocksDeclaration, PATENT_GRADES } from '@openlicense/domain/grading/grade-reason';
import { useCallback, useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { BadgeList } from '../../components/badge-pill.tsx';
import { ImportPanel } from '../../components/import-panel.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { chinaToday } from '../../format/china-today.ts';
import { displayPatentNumber, patentBadges } from '../../format/patent-badges.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { BulkDeclarePanel } from './bulk-declare.tsx';
import {
  DeclarationState,
  DeclarationStep,
  type LedgerPatent,
  loadLedgerPage,
} from './ledger-declaration.tsx';
import { PatentDisputesCard } from './patent-disputes-card.tsx';
import { DeclareBlocked, GradeLetter, GradeReasons } from './patent-grade-cell.tsx';
import { SelectionButtons, usePatentSelection } from './patent-selection.tsx';

export function PatentLedger() {
  const { api } = useApp();
  const [gradeFilter, setGradeFilter] = useState<string | undefined>();
  const [sortByGrade, setSortByGrade] = useState(false);
  const load = useCallback(
    (cursor?: string) =>
      loadLedgerPage(api, cursor, { ...(gradeFilter ? { grades: [gradeFilter] } : {}), sortByGrade }),
    [api, gradeFilter, sortByGrade],
  );
  const { items, setItems, cursor, busy, more, reload } = usePagedList(load);
  const today = chinaToday();
  const selection = usePatentSelection();

  return (
    <div class="page">
      <section class="card" aria-labelledby="patents-title">
        <div class="card-head">
          <h1 id="patents-title">{t('patents.title')}</h1>
          <a class="button button-primary" href={screenHref('patents', ['new'])} data-action="add-patent">
            {t('patents.add')}
          </a>
        </div>
        <p class="muted">{t('patents.intro')}</p>
      </section>
      <PatentDisputesCard />
      <ImportPanel resource="patents" hints={[t('import.patents.hint')]} onImported={reload} />
      <section class="card" aria-labelledby="patents-title">
        <div class="filter-bar" id="patent-grade-filters">
          <span class="pills" title={t('patentGrade.filter')}>
            {[undefined, ...PATENT_GRADES].map((letter) => (
              <button
                key={letter ?? 'all'}
                type="button"
                class={gradeFilter === letter ? 'chip chip-on' : 'chip'}
                data-grade-filter={letter ?? 'all'}
                aria-pressed={gradeFilter === letter}
                onClick={() => setGradeFilter(letter)}
              >
                {letter ?? t('patentGrade.filterAll')}
              </button>
            ))}
          </span>
          <button
            type="button"
            class="button button-small"
            data-action="sort-by-grade"
            aria-pressed={sortByGrade}
            onClick={() => setSortByGrade((on) => !on)}
          >
            {sortByGrade ? t('patentGrade.sortOff') : t('patentGrade.sort')}
          </button>
          <SelectionButtons selection={selection} />
        </div>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('patents.empty')}</p>
        ) : (
          <>
            <div class="table-wrap">
              <table class="table" id="patent-table">
                <thead>
                  <tr>
                    <th scope="col">
                      <span class="visually-hidden">{t('bulkDeclare.select')}</span>
                    </th>
                    <th scope="col">{t('patent.field.number')}</th>
                    <th scope="col">{t('patentGrade.column')}</th>
                    <th scope="col">{t('patent.field.title')}</th>
                    <th scope="col">{t('patent.field.type')}</th>
                    <th scope="col">{t('patent.field.filingDate')}</th>
                    <th scope="col">{t('patent.field.expiryDate')}</th>
                    <th scope="col">{t('patent.field.status')}</th>
                    <th scope="col">{t('patentDeclaration.column')}</th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((patent) => (
                    <PatentRow
                      key={patent.number}
                      patent={patent}
                      today={today}
                      selected={selection.selected.has(patent.number)}
                      onSelected={(on) => selection.toggle(patent.number, on)}
                      onRemoved={() =>
                        setItems((list) => list?.filter((p) => p.number !== patent.number) ?? null)
                      }
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <p class="muted small">{t('patents.count', { count: items.length })}</p>
          </>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
      {selection.selected.size > 0 ? (
        <BulkDeclarePanel round={selection.round} numbers={[...selection.selected]} onDone={reload} />
      ) : null}
    </div>
  );
}

function PatentRow({
  patent,
  today,
  selected,
  onSelected,
  onRemoved,
}: {
  patent: LedgerPatent;
  today: string;
  selected: boolean;
  onSelected: (on: boolean) => void;
  onRemoved: () => void;
}) {
  const { api, notify, reportError } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reasonsOpen, setReasonsOpen] = useState(false);
  const display = displayPatentNumber(patent.number);
  // A grade saying the patent cannot be declared now replaces the declare step (not a declaration already made).
  const blocked =
    patent.grade !== undefined &&
    gradeBlocksDeclaration(patent.grade) &&
    ledgerDeclarationStep(patent.declaration?.status) === 'declare';

  async function remove() {
    setBusy(true);
    try {
      await api.patents.remove(patent.number, patent.version);
      notify(t('patents.deleted', { number: display }));
      onRemoved();
    } catch (error) {
      reportError(error);
      setBusy(false);
    }
  }

  return (
    <>
      <tr data-number={patent.number}>
        <td>
          <input
            type="checkbox"
            data-select={patent.number}
            checked={selected}
            aria-label={t('bulkDeclare.selectRow', { number: display })}
            onChange={(event) => onSelected(event.currentTarget.checked)}
          />
        </td>
        <td class="mono nowrap">{display}</td>
        <td class="nowrap">
          <GradeLetter
            grade={patent.grade}
            open={reasonsOpen}
            onToggle={() => setReasonsOpen((open) => !open)}
          />
        </td>
        <td>
          <div class="cell-title">
            <span class="row-title">{patent.title}</span>
            <span class="muted small">{patent.patentees.map((p) => p.name).join('；')}</span>
          </div>
        </td>
        <td class="nowrap">{t(`patent.type.${patent.type}`)}</td>
        <td class="nowrap">{patent.filingDate}</td>
        <td class="nowrap">{patent.expiryDate}</td>
        <td>
          <BadgeList badges={patentBadges(patent, today)} />
        </td>
        <td class="nowrap">
          <DeclarationState declaration={patent.declaration} />
        </td>
        <td class="nowrap">
          {confirming ? (
            <span class="actions">
              <button
                type="button"
                class="button button-small button-danger"
                data-action="confirm-delete"
                disabled={busy}
                onClick={remove}
              >
                {t('patents.deleteConfirm')}
              </button>
              <button
                type="button"
                class="button button-small"
                disabled={busy}
                onClick={() => setConfirming(false)}
              >
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <span class="actions">
              {blocked ? (
                <button
                  type="button"
                  class="button button-small"
                  data-action="declare-blocked"
                  title={t('patentGrade.cannotDeclare')}
                  onClick={() => setReasonsOpen(true)}
                >
                  {t('patentGrade.cannotDeclare')}
                </button>
              ) : (
                <DeclarationStep patent={patent} />
              )}
              <a
                class="button button-small"
                data-action="edit"
                href={screenHref('patents', [patent.number, 'edit'])}
              >
                {t('common.edit')}
              </a>
              <button
                type="button"
                class="button button-small button-danger-outline"
                data-action="delete"
                onClick={() => setConfirming(true)}
              >
                {t('common.delete')}
              </button>
            </span>
          )}
        </td>
      </tr>
      {reasonsOpen && patent.grade ? (
        <tr class="grade-reasons-row" data-reasons-for={patent.number}>
          <td colSpan={10}>
            <GradeReasons
              number={display}
              patentNumber={patent.number}
              grade={patent.grade}
              action={blocked ? <DeclareBlocked grade={patent.grade} /> : <DeclarationStep patent={patent} />}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
