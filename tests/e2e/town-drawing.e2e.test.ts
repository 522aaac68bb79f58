// The town draws only while something moves, in headless Chromium without a GPU: Canvas in place of
// software WebGL, the loop asleep once a still town has settled (reduced motion) and while the stage
// is hidden, awake again when a year changes the town.
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

const loop = (page: Page) => page.locator('#stage').getAttribute('data-loop');
const townYear = async (page: Page) => (JSON.parse((await page.locator('#stage').getAttribute('data-town')) ?? '{}') as { year?: number }).year;

async function begin(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));
  await page.goto(`${baseUrl()}#scenario=kamukunji-metalwork&seed=3&begin`);
  await expect.poll(() => page.locator('#town-stage-slot canvas').count(), { timeout: 60_000 }).toBe(1);
}

describe('the town draws on demand', () => {
  it('draws with Canvas without a GPU, and sleeps when still until a year changes the town', async () => {
    const reduced = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const still = await reduced.newPage();
    const pageErrors: string[] = [];
    still.on('pageerror', (e) => pageErrors.push(e.message));
    await begin(still);
    // The canvas is there before the town's first scene is ready; the renderer is named once it is.
    await expect.poll(() => still.locator('#stage').getAttribute('data-renderer'), { timeout: 60_000 }).toBe('canvas');
    // With nothing moving, the loop goes to sleep once the start has settled.
    await expect.poll(() => loop(still), { timeout: 30_000 }).toBe('asleep');
    const year = await townYear(still);

    await still.getByRole('button', { name: 'End year' }).click();
    await expect.poll(async () => (await still.locator('#event-dialog[open]').count()) > 0 || (await still.locator('#year-report').isVisible()), { timeout: 120_000 }).toBe(true);
    if (await still.locator('#event-dialog[open]').count()) await still.locator('#event-dialog button').first().click();
    await expect.poll(() => still.locator('#year-report').isVisible(), { timeout: 120_000 }).toBe(true);
    await still.locator('#report-next').click();
    await expect.poll(() => still.getByRole('button', { name: 'End year' }).isVisible(), { timeout: 30_000 }).toBe(true);
    // The new year was drawn, then the loop slept again.
    await expect.poll(() => townYear(still)).toBe((year ?? 0) + 1);
    await expect.poll(() => loop(still), { timeout: 30_000 }).toBe('asleep');
    expect(pageErrors).toEqual([]);
    await reduced.close();
  });

  it('keeps the living town moving while in view, and sleeps when the stage is hidden', async () => {
    const { page, errors } = await openSession(browser);
    await begin(page);
    await expect.poll(() => loop(page), { timeout: 30_000 }).toBe('running');
    await page.getByRole('button', { name: 'Quit to title' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'New game' }).isVisible()).toBe(true);
    await expect.poll(() => loop(page), { timeout: 30_000 }).toBe('asleep');
    expect(errors).toEqual([]);
  });
});
