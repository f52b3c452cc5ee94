import type { Me } from '../api/types.ts';
import { LOCALES, type Locale, t } from '../i18n/messages.ts';
import type { NavEntry } from '../nav/nav-table.ts';
import { ROUTES, type RouteId } from '../router/routes.ts';

interface AppHeaderProps {
  me: Me | null;
  entries: readonly NavEntry[];
  current: RouteId;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  onSignOut: () => void;
}

export function AppHeader({ me, entries, current, locale, onLocale, onSignOut }: AppHeaderProps) {
  const org = me?.organisation;
  return (
    <header class="app-header">
      <div class="header-inner">
        <a class="brand" href={ROUTES.home}>
          <span class="brand-mark" aria-hidden="true">
            许
          </span>
          <span class="brand-text">
            <span class="brand-name">{t('app.title')}</span>
            <span class="brand-tagline">{t('app.tagline')}</span>
          </span>
        </a>
        <div class="header-tools">
          <a
            class="header-link"
            href={ROUTES.catalogue}
            data-header-link="catalogue"
            aria-current={current === 'catalogue' ? 'page' : undefined}
          >
            {t('nav.catalogue')}
          </a>
          <fieldset class="locale-switch" aria-label={t('locale.label')}>
            {LOCALES.map((option) => (
              <button
                key={option}
                type="button"
                lang={option}
                aria-pressed={option === locale}
                onClick={() => onLocale(option)}
              >
                {t(`locale.${option}`)}
              </button>
            ))}
          </fieldset>
          {me && (
            <div class="user">
              <span class="user-name">{me.user.name}</span>
              {org && <span class="badge">{t(`org.type.${org.type}`)}</span>}
              <button type="button" class="link-button" onClick={onSignOut}>
                {t('auth.signOut')}
              </button>
            </div>
          )}
        </div>
      </div>
      <nav class="app-nav" aria-label={t('nav.aria')}>
        <ul>
          {entries.map((entry) => (
            <li key={entry.route}>
              <a
                href={ROUTES[entry.route]}
                data-route={entry.route}
                aria-current={entry.route === current ? 'page' : undefined}
              >
                {t(entry.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
