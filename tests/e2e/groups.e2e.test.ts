// "Who gains, who loses" in the real screens: after End year the year report shows the groups
// against no new policy, as a bar chart named "Who gains..." and a data table of the five groups;
// the debrief shows the same for the whole term. Both axe-clean, with no horizontal scroll on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const GROUPS = ['SME owners', 'Owners of large firms and TNCs', 'Formal workers', 'Informal workers and apprentices', 'Women workers'];

async function skipTutorial(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
}

/** The panel's chart is drawn, named "Who gains...", and its table lists the five groups. */
async function expectPanel(panel: Locator): Promise<void> {
  await expect.poll(() => panel.isVisible()).toBe(true);
  expect(await panel.getByRole('heading', { name: 'Who gains, who loses', exact: true }).count()).toBe(1);
  const canvas = panel.locator('canvas[role="img"]');
  await canvas.scrollIntoViewIfNeeded();
  await expect.poll(() => canvas.getAttribute('data-drawn')).not.toBeNull();
  expect(await canvas.getAttribute('aria-label')).toMatch(/^Who gains/);
  expect(await canvas.getAttribute('aria-label')).toMatch(/no new policy/);
  const rows = panel.locator('table tbody th[scope="row"]');
  expect(await rows.allTextContents()).toEqual(GROUPS);
  expect(await panel.locator('table caption').textContent()).toMatch(/^Who gains, who loses at the end of \d{4}/);
  // Each row: income, its difference, people, its difference, poverty, its difference.
  expect(await panel.locator('table tbody tr').first().locator('td').count()).toBe(6);
  // Open, so the layout checks include the table.
  await panel.locator('details.chart-data summary').click();
  await expect.poll(() => panel.locator('table').isVisible()).toBe(true);
}

async function noSideScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

describe('who gains, who loses', () => {
  it('the year report shows the groups against no new policy after End year, with a chart and its table', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await page.goto(baseUrl());
    await skipTutorial(page);
    await page.goto(`${baseUrl()}#scenario=guadalajara-electronics&seed=5&begin`);
    await expect.poll(() => page.locator('#budget-panel').isVisible()).toBe(true);
    await page.getByRole('spinbutton', { name: /Incentives/ }).fill('20');
    await page.getByRole('spinbutton', { name: /Incentives/ }).press('Tab');
    await page.getByRole('combobox', { name: 'Incentive target' }).selectOption('fdi');
    await page.getByRole('button', { name: 'End year' }).click();
    if (await page.locator('#event-dialog[open]').count()) await page.locator('#event-dialog button').last().click();
    const report = page.locator('#year-report');
    await expect.poll(() => report.isVisible()).toBe(true);
    const panel = report.locator('.groups-panel');
    await expectPanel(panel);
    // Incentives for foreign plants: the owners of large firms and TNCs gain against no new policy.
    expect(await panel.locator('[data-group="largeOwners"] td').nth(3).textContent()).toMatch(/^▲/);
    expect(await axeViolations(page)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'groups-year-report-1366');
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(() => noSideScroll(page)).toBe(true);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'groups-year-report-360');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the debrief shows who gained and who lost over the term', async () => {
    const { page, errors } = await openSession(browser, { width: 360, height: 740 });
    await page.goto(baseUrl());
    await skipTutorial(page);
    await page.goto(`${baseUrl()}#scenario=suame-magazine&seed=3&play=10`);
    const next = page.getByRole('button', { name: 'See the debrief' });
    await expect.poll(() => next.isVisible()).toBe(true);
    await next.click();
    const panel = page.locator('#debrief .groups-panel');
    await expectPanel(panel);
    expect(await panel.locator('table caption').textContent()).toMatch(/2015/);
    await expect.poll(() => noSideScroll(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'groups-debrief-360');
    await page.setViewportSize({ width: 1366, height: 768 });
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'groups-debrief-1366');
    expect(errors).toEqual([]);
  });

  it('in Arabic, keeps each percentage and its sign beside the figure on the year report, its groups and the debrief', async () => {
    const { page, errors } = await openSession(browser, { width: 360, height: 740 });
    await page.goto(baseUrl());
    await page.evaluate(() => {
      localStorage.setItem('cpl:tutorial-done', '1');
      localStorage.setItem('cpl:locale', 'ar');
    });
    // A fresh load, so the app starts in Arabic.
    await page.goto('about:blank');
    await page.goto(`${baseUrl()}#scenario=guadalajara-electronics&seed=5&begin`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => page.locator('#budget-incentives-usd').isVisible()).toBe(true);
    await page.locator('#budget-incentives-usd').fill('20');
    await page.locator('#budget-incentives-usd').press('Tab');
    await page.locator('#incentive-target').selectOption('fdi');
    await page.locator('.budget__end').click();
    const report = page.locator('#year-report');
    await expect.poll(async () => (await page.locator('#event-dialog[open]').count()) > 0 || (await report.isVisible())).toBe(true);
    if (await page.locator('#event-dialog[open]').count()) await page.locator('#event-dialog button').last().click();
    await expect.poll(() => report.locator('.groups-panel').isVisible()).toBe(true);
    await report.locator('.groups-panel details.chart-data summary').click();
    const checked = await misorderedFigures(page, '#year-report');
    expect(checked.seen).toBeGreaterThan(10);
    expect(checked.wrong).toEqual([]);
    await report.locator('.groups-panel').scrollIntoViewIfNeeded();
    await screenshot(page, 'groups-year-report-ar-360');
    // The debrief of a whole term, the same way.
    await page.goto('about:blank');
    await page.goto(`${baseUrl()}#scenario=suame-magazine&seed=3&play=10`);
    const next = page.getByRole('button', { name: 'عرض الحصيلة' });
    await expect.poll(() => next.isVisible()).toBe(true);
    await next.click();
    await expect.poll(() => page.locator('#debrief .groups-panel').isVisible()).toBe(true);
    const debrief = await misorderedFigures(page, '#debrief');
    expect(debrief.seen).toBeGreaterThan(10);
    expect(debrief.wrong).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/**
 * Percentages laid out the wrong way round in the page's right-to-left text: "% 18.2" or "%0.7+"
 * where "18.2 %" and "+0.7%" are meant. Measured on screen (each character's box), in every visible
 * text under `selector`; returns how many were measured and the ones out of order.
 */
async function misorderedFigures(page: Page, selector: string): Promise<{ seen: number; wrong: string[] }> {
  return page.locator(selector).evaluate((root) => {
    const wrong: string[] = [];
    let seen = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      const box = (i: number): DOMRect => {
        const range = document.createRange();
        range.setStart(node as Text, i);
        range.setEnd(node as Text, i + 1);
        return range.getBoundingClientRect();
      };
      for (const match of text.matchAll(/([+\-\u2212]?)\u200e?(\d[\d,.]*)\u200e?\s?%/g)) {
        const start = match.index ?? 0;
        const digit = start + match[0].search(/\d/);
        const lastDigit = start + match[0].search(/\d[^\d]*$/);
        const percent = start + match[0].lastIndexOf('%');
        const [d, p, l] = [box(digit), box(percent), box(lastDigit)];
        // Hidden, or the figure broken across lines: nothing to compare.
        if (d.width === 0 || p.width === 0 || Math.abs(d.top - p.top) > 2) continue;
        seen++;
        const signFirst = !match[1] || box(start).left < d.left;
        if (p.left < l.left || !signFirst) wrong.push(match[0]);
      }
    }
    return { seen, wrong };
  });
}
