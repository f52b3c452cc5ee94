/**
 * The one message catalogue for the web shell. Every visible string comes from here, written
 * per feature in `messages/<feature>.ts`; both locales carry exactly the same keys and no key is
 * defined by two features (see messages.test.ts).
 */

import { authMessages } from './messages/auth.ts';
import { bundlesMessages } from './messages/bundles.ts';
import { catalogueMessages } from './messages/catalogue.ts';
import { confirmationsMessages } from './messages/confirmations.ts';
import { conversionNeedsMessages } from './messages/conversion-needs.ts';
import { dealsMessages } from './messages/deals.ts';
import { declarationsMessages } from './messages/declarations.ts';
import { eventsMessages } from './messages/events.ts';
import { gradeActionsMessages } from './messages/grade-actions.ts';
import { gradingSettingsMessages } from './messages/grading-settings.ts';
import { homeMessages } from './messages/home.ts';
import { importsMessages } from './messages/imports.ts';
import { licencesMessages } from './messages/licences.ts';
import { marketMessages } from './messages/market.ts';
import { marketUnmetMessages } from './messages/market-unmet.ts';
import { needsMessages } from './messages/needs.ts';
import { orgsMessages } from './messages/orgs.ts';
import { patentsMessages } from './messages/patents.ts';
import { pickersMessages } from './messages/pickers.ts';
import { pushesMessages } from './messages/pushes.ts';
import { quotasMessages } from './messages/quotas.ts';
import { royaltyMessages } from './messages/royalty.ts';
import { serverWordingMessages } from './messages/server-wording.ts';
import { shellMessages } from './messages/shell.ts';

/** Every feature's messages, by feature. */
export const featureMessages = {
  shell: shellMessages,
  home: homeMessages,
  auth: authMessages,
  orgs: orgsMessages,
  imports: importsMessages,
  patents: patentsMessages,
  gradeActions: gradeActionsMessages,
  needs: needsMessages,
  declarations: declarationsMessages,
  royalty: royaltyMessages,
  catalogue: catalogueMessages,
  bundles: bundlesMessages,
  pushes: pushesMessages,
  market: marketMessages,
  marketUnmet: marketUnmetMessages,
  licences: licencesMessages,
  deals: dealsMessages,
  confirmations: confirmationsMessages,
  conversionNeeds: conversionNeedsMessages,
  events: eventsMessages,
  pickers: pickersMessages,
  quotas: quotasMessages,
  gradingSettings: gradingSettingsMessages,
  serverWording: serverWordingMessages,
} as const;

type Features = typeof featureMessages;
export type MessageKey = { [F in keyof Features]: keyof Features[F]['zh-CN'] }[keyof Features];
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

function catalogue(locale: Locale): Catalogue {
  return Object.assign({}, ...Object.values(featureMessages).map((feature) => feature[locale]));
}

export const messages: Readonly<Record<Locale, Catalogue>> = {
  'zh-CN': catalogue('zh-CN'),
  en: catalogue('en'),
};

export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; unknown placeholders are left as written so a gap is visible. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

let currentLocale: Locale = DEFAULT_LOCALE;

export function getLocale(): Locale {
  return currentLocale;
}

export function setLocale(locale: Locale): void {
  currentLocale = locale;
}

/**
 * Translates a key in the current locale.
 *
 * @example
 * t('home.title', { name: '张三' }) // '你好，张三'
 */
export function t(key: MessageKey, params?: MessageParams): string {
  return interpolate(messages[currentLocale][key], params);
}

export const LOCALE_STORAGE_KEY = 'openlicense.locale';

/** Reads the saved locale; anything missing or unknown falls back to zh-CN. */
export function loadLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    const saved = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function saveLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or a full quota: the switch still works for this page view.
  }
}
