// Shared browser-test helpers: launch Debian's Chromium, collect console errors (any error fails
// the test), take screenshots into test-results/screenshots, and run axe accessibility checks.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** Driver warnings from software WebGL are not errors of ours. */
const HARMLESS = [/GL Driver Message/i, /GPU stall due to ReadPixels/i, /WebGL: INVALID_/i];

export async function openSession(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Session> {
  // The offline app's service worker precaches every file on a first visit: only the offline tests
  // want that work; the others are first visits of their own and block it.
  const context = await browser.newContext({ viewport, acceptDownloads: true, reducedMotion: 'no-preference', serviceWorkers: options.serviceWorkers ?? 'block' });
  const errors: string[] = [];
  return { context, page: await preparedPage(context, errors), errors };
}

/** Another tab in the same browser profile (same storage), checked like the first: its errors go to `errors`. */
export async function openTab(session: Session): Promise<Page> {
  return preparedPage(session.context, session.errors);
}

async function preparedPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  // axe-core for the accessibility checks, in every document before the app's scripts. An init script
  // is not subject to the app's CSP (a <script> tag or an evaluated string would be).
  await page.addInitScript({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  // Content-Security-Policy violations, as the page reports them (they also log a console error).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !HARMLESS.some((re) => re.test(message.text()))) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => {
    // A request cancelled because the page navigated or reloaded is not a failure of ours.
    const reason = request.failure()?.errorText ?? '';
    if (!/ERR_ABORTED/.test(reason)) errors.push(`request failed: ${request.url()} (${reason})`);
  });
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const require = createRequire(import.meta.url);

/** The CSP violations the page has reported since it opened. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/** Serious or critical axe violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await page.evaluate(async () => {
    // A card fading in has, for its 180 ms, the contrast of a half-transparent one: judge the settled page.
    const settling = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
    await Promise.all(settling.map((a) => a.finished.catch(() => undefined)));
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Where a game stands on the page: the event dialog, the debrief, a year report or the budget panel. */
export async function gamePhase(page: Page): Promise<'planning' | 'event' | 'report' | 'debrief' | 'other'> {
  if (await page.locator('#event-dialog[open]').count()) return 'event';
  if (await page.locator('#screen-debrief').isVisible()) return 'debrief';
  if (await page.locator('#year-report').isVisible()) return 'report';
  if (await page.locator('#budget-panel').isVisible()) return 'planning';
  return 'other';
}
