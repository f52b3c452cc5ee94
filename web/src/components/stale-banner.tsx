import { t } from '../i18n/messages.ts';

/** Someone saved the record since it was read (409 `stale_version`): say so and offer to read it again. */
export function StaleBanner({ message, onRefresh }: { message: string; onRefresh: () => void }) {
  return (
    <div class="banner banner-warning" role="alert" data-stale>
      <span>{message}</span>
      <button type="button" class="button button-small" onClick={onRefresh}>
        {t('common.refresh')}
      </button>
    </div>
  );
}
