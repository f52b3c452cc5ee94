import { ledgerDeclarationStep } from '@openlicense/domain/declaration/ledger-state';
import { useCallback } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { BadgeList } from '../../components/badge-pill.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { chinaToday } from '../../format/china-today.ts';
import { displayPatentNumber, patentBadges } from '../../format/patent-badges.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { DeclarationState, DeclarationStep, loadLedgerPage } from '../patents/ledger-declaration.tsx';

/** "声明开放许可" from the declarations list: pick the patent from the organisation's ledger first. */
export function PatentPicker() {
  const { api } = useApp();
  const load = useCallback((cursor?: string) => loadLedgerPage(api, cursor), [api]);
  const { items, cursor, busy, more } = usePagedList(load);
  const today = chinaToday();
  return (
    <div class="page">
      <section class="card" aria-labelledby="picker-title">
        <div class="card-head">
          <h1 id="picker-title">{t('declarationForm.pickTitle')}</h1>
          <a class="button button-small" href={screenHref('declarations')}>
            {t('common.back')}
          </a>
        </div>
        <p class="muted">{t('declarationForm.pickIntro')}</p>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">
            {t('declarationForm.pickEmpty')} <a href={screenHref('patents')}>{t('nav.patents')}</a>
          </p>
        ) : (
          <div class="table-wrap">
            <table class="table" id="patent-picker">
              <thead>
                <tr>
                  <th scope="col">{t('patent.field.number')}</th>
                  <th scope="col">{t('patent.field.title')}</th>
                  <th scope="col">{t('patent.field.status')}</th>
                  <th scope="col">{t('patentDeclaration.column')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((patent) => (
                  <tr key={patent.number} data-number={patent.number}>
                    <td class="mono nowrap">{displayPatentNumber(patent.number)}</td>
                    <td>
                      <div class="cell-title">
                        <span class="row-title">{patent.title}</span>
                        <span class="muted small">
                          {t(`patent.type.${patent.type}`)} · {t('patent.field.expiryDate')}{' '}
                          {patent.expiryDate}
                        </span>
                      </div>
                    </td>
                    <td>
                      <BadgeList badges={patentBadges(patent, today)} />
                    </td>
                    <td class="nowrap">
                      <DeclarationState declaration={patent.declaration} />
                    </td>
                    <td class="nowrap">
                      {ledgerDeclarationStep(patent.declaration?.status) === 'declare' ? (
                        <a
                          class="button button-small button-primary"
                          data-action="pick"
                          href={screenHref('declarations', ['new'], { patent: patent.number })}
                        >
                          {t('declarationForm.pick')}
                        </a>
                      ) : (
                        <DeclarationStep patent={patent} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
    </div>
  );
}
