import { ledgerDeclarationStep } from '@openlicense/domain/declaration/ledger-state';
import type { LedgerGrade, Patent, PatentDeclarationState } from '../../api/patents.ts';
import type { AppServices } from '../../app-context.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/**
 * A ledger row: the patent, the declaration it shows (the live one, else a draft, else an ended one) and its
 * grade (分级分类; absent when not graded yet).
 */
export type LedgerPatent = Patent & { declaration?: PatentDeclarationState; grade?: LedgerGrade };

/** How the ledger is listed: only some grades, and/or the best grade first. */
export type LedgerOrder = { grades?: readonly string[]; sortByGrade?: boolean };

/** One ledger page with each patent's declaration state and grade on its row. */
export async function loadLedgerPage(
  api: AppServices['api'],
  cursor?: string,
  order: LedgerOrder = {},
): Promise<{ items: LedgerPatent[]; nextCursor?: string }> {
  const page = await api.patents.list(cursor, 50, order);
  const items: LedgerPatent[] = page.items.map((patent) => {
    const declaration = page.declarations?.[patent.number];
    const grade = page.grades?.[patent.number];
    return { ...patent, ...(declaration ? { declaration } : {}), ...(grade ? { grade } : {}) };
  });
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
}

/** The patent's declaration state, linked to that declaration when there is one. */
export function DeclarationState({ declaration }: { declaration: PatentDeclarationState | undefined }) {
  if (!declaration)
    return (
      <span class="pill pill-muted" data-declaration-status="none">
        {t('patentDeclaration.none')}
      </span>
    );
  const live = declaration.status === 'published' || declaration.status === 'submitted';
  return (
    <a
      class={`pill ${declaration.status === 'published' ? 'pill-ok' : live ? 'pill-info' : 'pill-muted'}`}
      data-declaration-status={declaration.status}
      href={screenHref('declarations', [declaration.id])}
    >
      {t(`patentDeclaration.${declaration.status}`)}
    </a>
  );
}

/** The one declaration step that fits: declare, continue the draft, or open the declaration in force. */
export function DeclarationStep({ patent }: { patent: LedgerPatent }) {
  const { declaration } = patent;
  const step = ledgerDeclarationStep(declaration?.status);
  if (step === 'open' && declaration)
    return (
      <a
        class="button button-small"
        data-action="open-declaration"
        href={screenHref('declarations', [declaration.id])}
      >
        {t('patentDeclaration.open')}
      </a>
    );
  if (step === 'continue' && declaration)
    return (
      <a
        class="button button-small button-primary"
        data-action="continue-declaration"
        href={screenHref('declarations', [declaration.id, 'edit'])}
      >
        {t('patentDeclaration.continue')}
      </a>
    );
  return (
    <a
      class="button button-small button-primary"
      data-action="declare"
      href={screenHref('declarations', ['new'], { patent: patent.number })}
    >
      {t('patents.declare')}
    </a>
  );
}
