import { t } from '../i18n/messages.ts';

/** The "load more" button under a paged list; nothing when there is no next page. */
export function LoadMore({
  cursor,
  busy,
  onMore,
}: {
  cursor: string | undefined;
  busy: boolean;
  onMore: () => void;
}) {
  if (!cursor) return null;
  return (
    <div class="load-more">
      <button type="button" class="button" data-action="load-more" disabled={busy} onClick={onMore}>
        {busy ? t('common.loading') : t('common.loadMore')}
      </button>
    </div>
  );
}
