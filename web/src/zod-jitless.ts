/**
 * The domain modules the app imports build zod schemas, and zod probes `new Function` when it builds its
 * first object schema. The app's Content-Security-Policy allows no eval, so Chromium reports the probe as a
 * violation even though zod catches the throw. `jitless` skips the probe (the app parses nothing with zod).
 * main.tsx imports this module first, before any module that builds a schema.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
