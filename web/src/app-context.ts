import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from './api/client.ts';
import type { Me } from './api/types.ts';
import type { Locale } from './i18n/messages.ts';

export interface AppServices {
  api: ApiClient;
  locale: Locale;
  me: Me | null;
  /** Stores a fresh token and loads the session for it. */
  signIn: (token: string) => Promise<void>;
  signOut: () => void;
  /** Reloads `/api/me`, e.g. after applying, so nav and banner follow the new status. */
  refreshMe: () => Promise<void>;
  notify: (text: string) => void;
  /** Shows a failed request's message (the server's own text when there is one). */
  reportError: (error: unknown) => void;
  /** The server's field errors for a form, keyed by field path, in the reader's language. */
  fieldErrorsOf: (error: unknown) => Record<string, string>;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp() outside <AppContext.Provider>');
  return services;
}
