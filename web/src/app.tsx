import type { FunctionComponent } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, createApiClient, fieldErrors } from './api/client.ts';
import type { Me } from './api/types.ts';
import { AppContext, type AppServices } from './app-context.ts';
import { AppHeader } from './components/app-header.tsx';
import { SessionBanner } from './components/session-banner.tsx';
import { Toasts } from './components/toasts.tsx';
import { useToasts } from './components/use-toasts.ts';
import { localiseServerMessage } from './format/server-message.ts';
import { getLocale, type Locale, saveLocale, setLocale, t } from './i18n/messages.ts';
import { navigationFor, resolveRoute } from './nav/nav-table.ts';
import { ApplyPage } from './pages/apply-page.tsx';
import { AuthorisationsPage } from './pages/authorisations/authorisations-page.tsx';
import { ClientsPage } from './pages/authorisations/clients-page.tsx';
import { BundleReviewPage } from './pages/bundles/bundle-review-page.tsx';
import { BundlesPage } from './pages/bundles/bundles-page.tsx';
import { CataloguePage } from './pages/catalogue/catalogue-page.tsx';
import { ConversionNeedsPage } from './pages/conversion-needs/conversion-needs-page.tsx';
import { DealsPage } from './pages/deals/deals-page.tsx';
import { DeclarationsPage } from './pages/declarations/declarations-page.tsx';
import { ReviewQueuePage } from './pages/declarations/review-queue-page.tsx';
import { EventsPage } from './pages/events/events-page.tsx';
import { GradingSettingsPage } from './pages/grading-settings/grading-settings-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { InboxPage } from './pages/inbox/inbox-page.tsx';
import { LicencesPage } from './pages/licences/licences-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { AlertsPage } from './pages/market/alerts-page.tsx';
import { AlertsUnsubscribePage } from './pages/market/alerts-unsubscribe-page.tsx';
import { UnmetPage } from './pages/market/unmet-page.tsx';
import { MarketDemandPage } from './pages/market-demand/market-demand-page.tsx';
import { NeedsPage } from './pages/needs/needs-page.tsx';
import { OrgPage } from './pages/org-page.tsx';
import { OverviewPage } from './pages/overview/overview-page.tsx';
import { PatentsPage } from './pages/patents/patents-page.tsx';
import { ProposalsPage } from './pages/proposals/proposals-page.tsx';
import { QuotaPage } from './pages/quota/quota-page.tsx';
import { ReviewPage } from './pages/review-page.tsx';
import { UnsubscribePage } from './pages/unsubscribe-page.tsx';
import type { RouteId } from './router/routes.ts';
import { navigate, useHashRoute } from './router/use-hash-route.ts';
import { tokenStore } from './session/token-store.ts';

const PAGES: Record<RouteId, FunctionComponent> = {
  login: LoginPage,
  home: HomePage,
  apply: ApplyPage,
  review: ReviewPage,
  org: OrgPage,
  patents: PatentsPage,
  needs: NeedsPage,
  authorisations: AuthorisationsPage,
  clients: ClientsPage,
  declarations: DeclarationsPage,
  declarationReview: ReviewQueuePage,
  catalogue: CataloguePage,
  bundles: BundlesPage,
  bundleReview: BundleReviewPage,
  proposals: ProposalsPage,
  inbox: InboxPage,
  quota: QuotaPage,
  licences: LicencesPage,
  deals: DealsPage,
  events: EventsPage,
  quotaOverview: OverviewPage,
  marketDemand: MarketDemandPage,
  unsubscribe: UnsubscribePage,
  marketUnmet: UnmetPage,
  gradingSettings: GradingSettingsPage,
  marketAlerts: AlertsPage,
  conversionNeeds: ConversionNeedsPage,
  alertsUnsubscribe: AlertsUnsubscribePage,
};

type SessionState = 'loading' | 'ready' | 'failed';

export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = t('app.title');
}

export function App() {
  const [locale, setLocaleState] = useState<Locale>(getLocale);
  const [me, setMe] = useState<Me | null>(null);
  const [session, setSession] = useState<SessionState>(() => (tokenStore.get() ? 'loading' : 'ready'));
  const requested = useHashRoute();
  const { toasts, push, dismiss } = useToasts();

  const signOut = useCallback(() => {
    tokenStore.clear();
    setMe(null);
    setSession('ready');
    navigate('login', { replace: true });
  }, []);

  // The client is built once; a 401 anywhere drops the session and returns to sign-in.
  const onUnauthorized = useRef(signOut);
  onUnauthorized.current = signOut;
  const api = useMemo(
    () =>
      createApiClient({
        getToken: tokenStore.get,
        onUnauthorized: () => onUnauthorized.current(),
        fallbackMessage: (status) => t('error.http', { status }),
      }),
    [],
  );

  const notify = useCallback((text: string) => push('success', text), [push]);
  const reportError = useCallback(
    (error: unknown) => {
      const localise = (message: string) => localiseServerMessage(message, getLocale());
      if (!(error instanceof ApiError))
        push('error', error instanceof Error ? error.message : t('error.title'));
      else if (error.status === 0) push('error', t('error.network'));
      // The field messages say what to fix; the summary ("invalid input: uscc") only names the fields.
      else if (error.details.length > 0)
        push('error', [...new Set(error.details.map((d) => localise(d.message)))].join('；'));
      else push('error', localise(error.message));
    },
    [push],
  );
  const fieldErrorsOf = useCallback(
    (error: unknown) => fieldErrors(error, (message) => localiseServerMessage(message, getLocale())),
    [],
  );

  const refreshMe = useCallback(async () => {
    if (!tokenStore.get()) {
      setMe(null);
      setSession('ready');
      return;
    }
    try {
      setMe(await api.me());
      setSession('ready');
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) setSession('failed');
      reportError(error);
    }
  }, [api, reportError]);

  const signIn = useCallback(
    async (token: string) => {
      tokenStore.set(token);
      await refreshMe();
    },
    [refreshMe],
  );

  useEffect(() => {
    void refreshMe();
  }, [refreshMe]);

  const changeLocale = useCallback((next: Locale) => {
    setLocale(next);
    saveLocale(localStorage, next);
    applyDocumentLocale(next);
    setLocaleState(next);
  }, []);

  const nav = navigationFor(me);
  const route = resolveRoute(requested, nav);
  useEffect(() => {
    if (session === 'ready' && route !== requested) navigate(route, { replace: true });
  }, [session, route, requested]);

  const services = useMemo<AppServices>(
    () => ({ api, locale, me, signIn, signOut, refreshMe, notify, reportError, fieldErrorsOf }),
    [api, locale, me, signIn, signOut, refreshMe, notify, reportError, fieldErrorsOf],
  );

  const Page = PAGES[route];
  return (
    <AppContext.Provider value={services}>
      <AppHeader
        me={me}
        entries={session === 'ready' ? nav.entries : []}
        current={route}
        locale={locale}
        onLocale={changeLocale}
        onSignOut={signOut}
      />
      <main class="app-main" id="main">
        {session === 'ready' && nav.banner && <SessionBanner banner={nav.banner} current={route} />}
        {session === 'loading' && <p class="muted center">{t('common.loading')}</p>}
        {session === 'failed' && (
          <section class="card center">
            <p>{t('error.title')}</p>
            <div class="actions">
              <button type="button" class="button button-primary" onClick={() => void refreshMe()}>
                {t('common.retry')}
              </button>
              <button type="button" class="button" onClick={signOut}>
                {t('auth.signOut')}
              </button>
            </div>
          </section>
        )}
        {session === 'ready' && <Page key={route} />}
      </main>
      <Toasts toasts={toasts} onDismiss={dismiss} />
    </AppContext.Provider>
  );
}
