// Offline: after a first visit, the installable app plays with the network off (service worker); and
// the single-file build (npm run build:single) plays from file:// with every network request blocked.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openSession } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Ends the year and waits for its report (answering an event with its first choice). */
async function playAYear(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End year' }).click({ timeout: 120_000 });
  const decided = async () => (await page.locator('#event-dialog[open]').count()) > 0 || (await page.locator('#year-report').isVisible());
  await expect.poll(decided, { timeout: 120_000 }).toBe(true);
  if (await page.locator('#event-dialog[open]').count()) await page.locator('#event-dialog button').first().click();
  await expect.poll(() => page.locator('#year-report').isVisible(), { timeout: 120_000 }).toBe(true);
  // The report's growth chart is drawn (chart.js came from the cache or the file, not the network).
  await expect.poll(() => page.locator('#year-report canvas[aria-label^="Growth"]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
}

describe('offline', () => {
  it('plays a year with the network off after a first visit (installable app)', async () => {
    const { context, page, errors } = await openSession(browser, undefined, { serviceWorkers: 'allow' });
    await page.goto(baseUrl());
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifest).toBeTruthy();
    // The worker is installed once every file is precached, and then controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);

    await context.setOffline(true);
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#scenario=kamukunji-metalwork&seed=3&begin`);
    await page.reload();
    await expect.poll(() => page.locator('#town-stage-slot canvas').count(), { timeout: 60_000 }).toBe(1);
    await playAYear(page);
    // The planner and the workshop, chunks of their own, open offline too.
    await page.goto(`${baseUrl()}#planner&scenario=kamukunji-metalwork`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts), { timeout: 60_000 }).toBe('drawn');
    await page.goto(`${baseUrl()}#workshop`);
    await expect.poll(() => page.getByRole('button', { name: 'Set up a session' }).isVisible(), { timeout: 60_000 }).toBe(true);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });

  it('plays a year and exports a CSV from the single file, opened from file:// with the network blocked', async () => {
    const build = spawnSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    expect(build.status).toBe(0);
    const file = pathToFileURL(resolve('dist-single/index.html')).href;
    const { context, page, errors } = await openSession(browser);
    const blocked: string[] = [];
    await context.route(/^(?!file:|data:|blob:)/, (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await page.goto(file);
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${file}#scenario=kamukunji-metalwork&seed=3&begin`);
    await page.reload();
    await expect.poll(() => page.locator('#town-stage-slot canvas').count(), { timeout: 60_000 }).toBe(1);
    await playAYear(page);

    // The whole term from a link, then the debrief's CSV export.
    await page.goto(`${file}#scenario=kamukunji-metalwork&seed=3&play=10`);
    await page.reload();
    await page.getByRole('button', { name: 'See the debrief' }).click({ timeout: 180_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV', exact: true }).click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.trim().split('\n').length).toBeGreaterThanOrEqual(11);
    // The planner and the workshop are in the file too.
    await page.goto(`${file}#planner&scenario=kamukunji-metalwork`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts), { timeout: 60_000 }).toBe('drawn');
    await page.goto(`${file}#workshop`);
    await expect.poll(() => page.getByRole('button', { name: 'Set up a session' }).isVisible(), { timeout: 60_000 }).toBe(true);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
