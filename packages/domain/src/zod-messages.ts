import { en, zhCN } from 'zod/locales';
import * as z from 'zod/mini';

const zh = zhCN().localeError;
const english = en().localeError;

type LocaleError = typeof zh;
const text = (error: LocaleError, issue: Parameters<LocaleError>[0]) => {
  const result = error(issue);
  return typeof result === 'string' ? result : (result?.message ?? '');
};

/**
 * Zod's own messages (for fields with no message of their own) in the house style: Chinese first,
 * English second. Set once when the domain is loaded, so every edge that parses with it agrees.
 * Only the two locales are imported: the locale index would pull every language into each bundle.
 */
z.config({
  localeError: (issue) =>
    issue.input === undefined && issue.code === 'invalid_type'
      ? '必填 / required'
      : `${text(zh, issue)} / ${text(english, issue)}`,
});
