import { t } from '../i18n/messages.ts';

/** Said beside a publishing button that is disabled because the organisation is not approved yet. */
export function PendingNote() {
  return (
    <p class="pending-note" role="note" data-pending-note>
      {t('pending.publishDisabled')}
    </p>
  );
}
