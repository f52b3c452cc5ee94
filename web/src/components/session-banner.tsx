import { t } from '../i18n/messages.ts';
import type { Banner } from '../nav/nav-table.ts';
import { ROUTES, type RouteId } from '../router/routes.ts';

/** The banner links to the application form, except on the form itself. */
export function SessionBanner({ banner, current }: { banner: Banner; current: RouteId }) {
  const onApply = current === 'apply';
  switch (banner.kind) {
    case 'no-org':
      return (
        <div class="banner banner-info" role="status">
          <span>{t('banner.noOrg')}</span>
          {!onApply && (
            <a class="button button-small" href={ROUTES.apply}>
              {t('nav.apply')}
            </a>
          )}
        </div>
      );
    case 'pending':
      return (
        <div class="banner banner-warning" role="status" data-banner="pending">
          <span>{t('banner.pending')}</span>
        </div>
      );
    case 'rejected':
      return (
        <div class="banner banner-danger" role="status" data-banner="rejected">
          <span>
            {banner.reason ? t('banner.rejected', { reason: banner.reason }) : t('banner.rejected.noReason')}
          </span>
          {!onApply && (
            <a class="button button-small" href={ROUTES.apply}>
              {t('banner.reapply')}
            </a>
          )}
        </div>
      );
  }
}
