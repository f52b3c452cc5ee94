// First: zod must be told before any schema is built (see zod-jitless.ts).
import './zod-jitless.ts';
import { render } from 'preact';
import { App, applyDocumentLocale } from './app.tsx';
import { loadLocale, setLocale } from './i18n/messages.ts';

const locale = loadLocale(globalThis.localStorage);
setLocale(locale);
applyDocumentLocale(locale);

const root = document.getElementById('app');
if (root) render(<App />, root);
