import { ledgerDeclarationStep } from '@openlicense/domain/declaration/ledger-state';
import type { Patent, PatentDeclarationState } from '../../api/patents.ts';
import type { AppServices } from '../../app-context.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/** A ledger row: the patent and the declaration it shows (the live one, else a draft, else an ended one). */
export type LedgerPatent = Patent & { declaration?: PatentDeclarationState };

/** One ledger page with each patent's declaration state on its row. */
export async function loadLedgerPage(
  api: AppServices['api'],
  cursor?: string,
): Promise<{ items: LedgerPatent[]; nextCursor?: string }> {
  const page = await api.patents.list(cursor);
  const items: LedgerPatent[] = page.items.map((patent) => {
    const declaration = page.declarations?.[patent.number];
    return declaration ? { ...patent, declaration } : patent;
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
