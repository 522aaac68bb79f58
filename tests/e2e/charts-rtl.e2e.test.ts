// Numbers drawn on a canvas in Arabic. A canvas has no bidi isolation elements, so each figure with a
// sign or a percent sign must carry its own Unicode isolates (LRI … PDI, as isolateFigure gives the
// DOM text), or the right-to-left page turns "-2 %" into "% 2-" and "+0.7%" into "%0.7+". The test
// records every text the page draws with fillText (chart.js's ticks and bar values, the planner's
// hand-drawn axes) and checks each figure in it is isolated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Records what is drawn with fillText on any canvas of the page, from its first script on. */
async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { drawnTexts: string[] }).drawnTexts = drawn;
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
      drawn.push(String(text));
      return maxWidth === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, maxWidth);
    };
  });
}

/** Drawn texts holding a figure with a sign or a percent sign; `bare` are those not isolated left to right. */
async function drawnFigures(page: Page): Promise<{ figures: string[]; bare: string[] }> {
  const texts = await page.evaluate(() => (window as unknown as { drawnTexts?: string[] }).drawnTexts ?? []);
  const figures = [...new Set(texts.filter((text) => /\d/.test(text) && /[%+\-\u2212]/.test(text)))];
  // The figure sits inside an isolate: LRI (U+2066) or FSI (U+2068) before it, PDI (U+2069) after it.
  const bare = figures.filter((text) => !/[\u2066\u2068][^\u2069]*\d[^\u2069]*\u2069/.test(text));
  return { figures, bare };
}

async function openInArabic(page: Page, hash: string): Promise<void> {
  await page.goto(baseUrl());
  await page.evaluate(() => {
    localStorage.setItem('cpl:tutorial-done', '1');
    localStorage.setItem('cpl:locale', 'ar');
  });
  // A fresh load, so the app starts in Arabic.
  await page.goto('about:blank');
  await page.goto(`${baseUrl()}${hash}`);
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
}

describe('numbers on charts in Arabic', () => {
  it('draws the year report charts’ ticks and bar values left to right', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await recordCanvasText(page);
    await openInArabic(page, '#scenario=sialkot-surgical&seed=3&begin');
    await expect.poll(() => page.locator('.budget__end').isVisible()).toBe(true);
    await page.locator('.budget__end').click();
    const report = page.locator('#year-report');
    await expect.poll(async () => (await page.locator('#event-dialog[open]').count()) > 0 || (await report.isVisible())).toBe(true);
    if (await page.locator('#event-dialog[open]').count()) await page.locator('#event-dialog button').last().click();
    await expect.poll(() => report.isVisible()).toBe(true);
    // The headline line charts (growth in %), the why-waterfalls (signed bar values) and who gains (signed % axis).
    const charts = report.locator('[data-slot="charts"] canvas');
    await expect.poll(() => charts.evaluateAll((canvases) => canvases.filter((c) => c.dataset.drawn).length)).toBe(3);
    // The waterfalls are folded: open them.
    await report.locator('details.why-charts:not(.goal-charts) > summary').click();
    for (const selector of ['.waterfall-card canvas', '.groups-panel canvas']) {
      const canvas = report.locator(selector).first();
      await canvas.scrollIntoViewIfNeeded();
      await expect.poll(() => canvas.getAttribute('data-drawn')).not.toBeNull();
    }
    // A waterfall's "from → to" title points the way Arabic reads (the arrow is not mirrored by itself).
    const title = (await report.locator('.waterfall-card__title').first().textContent()) ?? '';
    expect(title).toContain('←');
    expect(title).not.toContain('→');
    await report.locator('[data-slot="charts"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'charts-year-report-ar-1366');
    const { figures, bare } = await drawnFigures(page);
    // Growth's percent ticks at least, and the waterfalls' signed values.
    expect(figures.filter((text) => text.includes('%')).length).toBeGreaterThan(3);
    expect(figures.filter((text) => /[+\u2212]/.test(text)).length).toBeGreaterThan(2);
    expect(bare).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws the planner charts’ axes left to right', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await recordCanvasText(page);
    await openInArabic(page, '#planner&scenario=sialkot-surgical');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts)).toBe('drawn');
    await screenshot(page, 'charts-planner-ar-1366');
    const { figures, bare } = await drawnFigures(page);
    expect(figures.filter((text) => text.includes('%')).length).toBeGreaterThan(3);
    expect(bare).toEqual([]);
    expect(errors).toEqual([]);
  });
});
