import { useApp } from '../../app-context.ts';
import { TokenUnsubscribe } from '../unsubscribe-page.tsx';

/** The weekly field alert e-mail's unsubscribe link (`#/alerts-unsubscribe?token=…`). */
export function AlertsUnsubscribePage() {
  const { api } = useApp();
  return <TokenUnsubscribe messages="alertsUnsubscribe" unsubscribe={api.marketSignals.unsubscribeAlerts} />;
}
