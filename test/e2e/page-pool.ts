import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * This worker's idle browser pages, each in a context of its own, lent to the browser test files one after
 * another instead of a new context and page for every sign-in.
 *
 * Why: in Chromium a page's renderer process costs about 1 s of CPU to start, more than loading and
 * signing in to the app. Measured with bench-style rounds (a new demo stack on a new port per round, 3
 * sign-ins each, 24 in all, whole-machine CPU from /proc/stat): a new context and page each time 75.6-77.2 s,
 * a pooled page 50.7-55.7 s. A new page in a kept context saves nothing: the process is the cost.
 *
 * What a borrower gets is as fresh as a new context for everything the app and the tests can see: it comes
 * back at `about:blank` with no cookies, no storage for any origin it visited (nor session storage for the
 * one it was on), no permissions, no routes, no media emulation, the default viewport and timeouts, and
 * none of the listeners its borrower added. A page that cannot be put back that way (an init script or
 * exposed function stays for the page's life, a crash, a closed page) is closed with its context instead.
 * test/e2e/page-pool.e2e.test.ts checks each of these.
 */
export const CONTEXT_OPTIONS = { locale: 'zh-CN', viewport: { width: 1280, height: 860 } } as const;

/** Idle pages kept per worker: the most a browser test file holds open at once. */
const POOL_LIMIT = 12;
/**
 * Ceilings on putting a page back (it takes well under a second) and on closing a context: a page that does
 * not answer (e.g. a renderer stuck on a busy machine) is closed instead, and a file's `afterAll` never
 * waits on it past its own timeout.
 */
const RESET_MS = 30_000;
const CLOSE_MS = 30_000;

/** True when `work` succeeds within `ms`; false when it fails or takes longer (it is left to finish). */
async function settlesWithin(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const done = work.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function closeContext(context: BrowserContext): Promise<void> {
  await settlesWithin(CLOSE_MS, context.close());
}

interface Lent {
  context: BrowserContext;
  /** Origins the page has shown, whose storage is cleared before the page is lent again. */
  origins: Set<string>;
  /** False once the page got something that cannot be taken off again. */
  reusable: boolean;
  /** Each event's listeners when the page was lent, so the borrower's own can be taken off. */
  listeners: Map<string | symbol, unknown[]>;
}

/** What a Playwright page is at run time (an event emitter), beyond the methods its types declare. */
interface Emitter {
  eventNames(): (string | symbol)[];
  listeners(name: string | symbol): unknown[];
  off(name: string | symbol, listener: unknown): void;
}
const emitter = (page: Page) => page as unknown as Emitter;

const idle: Page[] = [];
const lent = new WeakMap<Page, Lent>();

/** Methods whose effect stays for the page's or context's whole life: a page they were called on is not pooled. */
const PERMANENT = ['addInitScript', 'exposeFunction', 'exposeBinding'] as const;

function markPermanentChanges(target: Page | BrowserContext, state: Lent) {
  for (const method of PERMANENT) {
    const original = target[method].bind(target) as (...args: unknown[]) => Promise<unknown>;
    Object.defineProperty(target, method, {
      configurable: true,
      value: (...args: unknown[]) => {
        state.reusable = false;
        return original(...args);
      },
    });
  }
}

function snapshotListeners(page: Page): Map<string | symbol, unknown[]> {
  const events = emitter(page);
  return new Map(events.eventNames().map((name) => [name, [...events.listeners(name)]]));
}

async function newPooledPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  const page = await context.newPage();
  const state: Lent = { context, origins: new Set(), reusable: true, listeners: new Map() };
  lent.set(page, state);
  markPermanentChanges(page, state);
  markPermanentChanges(context, state);
  page.on('crash', () => {
    state.reusable = false;
  });
  page.on('framenavigated', (frame) => {
    const { origin } = new URL(frame.url());
    if (origin.startsWith('http')) state.origins.add(origin);
  });
  return page;
}

/**
 * A page in a context of its own (`CONTEXT_OPTIONS`) in `browser`: an idle one from the pool when there is
 * one in that browser, else a new one. Give it back with `returnPage`.
 */
export async function borrowPage(browser: Browser, defaultTimeoutMs: number): Promise<Page> {
  let page: Page | undefined;
  while (!page && idle.length > 0) {
    const candidate = idle.pop();
    if (!candidate) break;
    if (!candidate.isClosed() && candidate.context().browser() === browser) page = candidate;
    else await closeContext(candidate.context());
  }
  page ??= await newPooledPage(browser);
  const state = lent.get(page);
  if (state) state.listeners = snapshotListeners(page);
  page.setDefaultTimeout(defaultTimeoutMs);
  page.setDefaultNavigationTimeout(defaultTimeoutMs);
  return page;
}

/** Puts `page` back as a new context would have it, or closes it with its context if it cannot be. */
export async function returnPage(page: Page): Promise<void> {
  const state = lent.get(page);
  if (!state) return closeContext(page.context());
  const { context } = state;
  const reset = async () => {
    for (const [name, listeners] of snapshotListeners(page)) {
      const kept = state.listeners.get(name) ?? [];
      for (const listener of listeners) if (!kept.includes(listener)) emitter(page).off(name, listener);
    }
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    // Playwright's own defaults for a new context.
    await page.emulateMedia({
      media: null,
      colorScheme: 'light',
      reducedMotion: 'no-preference',
      forcedColors: 'none',
    });
    const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
    if (width !== CONTEXT_OPTIONS.viewport.width || height !== CONTEXT_OPTIONS.viewport.height)
      await page.setViewportSize(CONTEXT_OPTIONS.viewport);
    // Session storage belongs to the tab, not the origin's storage that CDP clears below.
    if (page.url().startsWith('http')) await page.evaluate(() => sessionStorage.clear());
    await page.goto('about:blank');
    await context.clearCookies();
    await context.clearPermissions();
    const cdp: CDPSession = await context.newCDPSession(page);
    for (const origin of state.origins)
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await cdp.detach();
    state.origins.clear();
  };
  const pooled =
    state.reusable &&
    !page.isClosed() &&
    (await settlesWithin(RESET_MS, reset())) &&
    state.reusable &&
    !page.isClosed();
  if (!pooled) return closeContext(context);
  idle.push(page);
  // Over the limit the page idle longest goes: the next borrower gets the one just given back.
  const oldest = idle.length > POOL_LIMIT ? idle.shift() : undefined;
  if (oldest) await closeContext(oldest.context());
}
