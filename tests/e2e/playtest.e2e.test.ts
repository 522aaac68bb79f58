// Defects found in a full playtest, checked in the browser: a new screen opens at its top, the budget
// fields refuse only what the shown numbers say does not fit, and the debrief says who decided the
// last year's event.
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

const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe('after a playtest', () => {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1366, height: 768 },
  ]) {
    it(`opens the briefing at its top after the cluster list was scrolled (${viewport.width}x${viewport.height})`, async () => {
      const { page, errors } = await openSession(browser, viewport);
      await page.goto(baseUrl());
      await page.getByRole('button', { name: 'New game' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Choose a cluster' }).isVisible()).toBe(true);
      const last = page.locator('#cluster-list button').last();
      await last.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      await page.locator('#cluster-list').getByRole('button', { name: 'Sialkot' }).click();
      await expect.poll(() => page.locator('#screen-briefing').isVisible()).toBe(true);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      expect(await inView(page, '#briefing-heading')).toBe(true);
      expect(errors).toEqual([]);
    });
  }

  it('lets the player move what a budget line shows to another line (fields round, shares do not)', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=5&begin`);
    const skip = page.getByRole('button', { name: 'Skip tutorial' });
    await expect.poll(() => skip.isVisible()).toBe(true);
    await skip.click();
    const field = (name: string) => page.getByRole('spinbutton', { name: new RegExp(name) });
    const value = async (name: string) => Number(await field(name).inputValue());
    const set = async (name: string, amount: string) => {
      await field(name).fill(amount);
      await field(name).press('Tab');
    };
    // A line at US$ 0.86 m shows "0.9"; the rest of the budget is spent elsewhere.
    await set('Infrastructure', '0.86');
    expect(await field('Infrastructure').inputValue()).toBe('0.9');
    const left = Number((await page.locator('#budget-left').textContent())?.match(/([\d.]+) m left/)?.[1]);
    await set('Incentives', (await value('Incentives') + left).toFixed(1));
    await page.waitForTimeout(2700); // any earlier "Nothing left" note clears
    expect(await page.locator('#budget-left').textContent()).toMatch(/^US\$ 0\.0 m left/);

    // Zero the "0.9" line and add 0.9 to Training: it fits, as the numbers on screen say.
    const training = await value('Training');
    await set('Infrastructure', '0');
    await set('Training', (training + 0.9).toFixed(1));
    await page.waitForTimeout(100);
    expect(await page.locator('#budget-status').textContent()).not.toMatch(/Nothing left/);
    expect(await field('Training').inputValue()).toBe((training + 0.9).toFixed(1));
    expect(await page.locator('#budget-left').textContent()).toMatch(/^US\$ 0\.0 m left/);
    // More than is left is still refused: the field goes back (the "Nothing left" note it shows for a
    // moment may be gone before a busy machine looks).
    const research = await value('Research');
    await set('Research', '5');
    await expect.poll(() => value('Research')).toBe(research);
    expect(await page.locator('#budget-left').textContent()).toMatch(/^US\$ 0\.0 m left/);
    await screenshot(page, 'playtest-budget');
    expect(errors).toEqual([]);
  });

  it("says in the debrief and its printed memo that the game decided the last year's event", async () => {
    const { page, errors } = await openSession(browser);
    // Seed 10: an event fires after the last year (2011), and the game takes its default choice.
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=10&play=10`);
    // Ten years played from the link, then the debrief's sample of plans: slow on a busy machine.
    await page.getByRole('button', { name: 'See the debrief' }).click({ timeout: 120_000 });
    const marks = page.locator('#debrief .chart-mark--event');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    const last = marks.filter({ has: page.locator('.chart-mark__year', { hasText: '2011' }) });
    expect(await last.locator('.chart-mark__text').textContent()).toMatch(/Decided for you \(the last year\)/);
    expect(await last.locator('.chart-mark__text').textContent()).not.toMatch(/You chose/);
    await page.emulateMedia({ media: 'print' });
    expect(await last.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('writes numbers the French way in French: one money style, comma decimals', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('cpl:locale', 'fr'));
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=5&play=3`);
    await page.reload();
    await expect.poll(() => page.locator('#year-report').isVisible()).toBe(true);
    const text = (await page.locator('#screen-play').innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/M\$ US/);
    expect(text).not.toMatch(/US\$/);
    expect(text.match(/[+\u2212-]?\d+\.\d+/g) ?? []).toEqual([]);
    await screenshot(page, 'playtest-french-report');
    expect(errors).toEqual([]);
  });

  it('fits the budget panel on a phone in Arabic and French (no sideways scrolling)', async () => {
    for (const locale of ['ar', 'fr']) {
      const { page, errors } = await openSession(browser, { width: 360, height: 740 });
      await page.goto(baseUrl());
      await page.evaluate((l) => {
        localStorage.setItem('cpl:locale', l);
        localStorage.setItem('cpl:tutorial-done', '1');
      }, locale);
      await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=5&begin`);
      await page.reload();
      await expect.poll(() => page.locator('#budget-panel').isVisible()).toBe(true);
      // The incentive target's longest option (long in Arabic) once made the page 423 px wide.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, `playtest-budget-${locale}-360`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
