// The planner's analysis in a real browser (issue 10, items 5-8): assumptions change the baseline,
// labelled as a modified baseline; uncertainty runs in the worker with a progress bar, can be
// cancelled, then draws bands and the chances; sensitivity draws the tornado and its table; the
// optimiser finds a plan, saves it into the comparison, and Play this plan opens the game with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openSession } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const BUSY = { timeout: 90_000 };
const compareRows = (page: Page): Promise<string[]> => page.locator('.planner-compare-table tbody th[scope="row"]').allInnerTexts();
/** The horizon summary's "no new policy" column. */
const baselineColumn = (page: Page): Promise<string[]> => page.locator('.planner-summary-table tbody td:nth-child(3)').allInnerTexts();

describe('planner analysis', () => {
  it('separates assumptions from policy, runs uncertainty, sensitivity and the optimiser, and plays the plan found', async () => {
    const { page, context, errors } = await openSession(browser, { width: 1366, height: 768 });
    await context.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#planner&scenario=kamukunji-metalwork&seed=7`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts), BUSY).toBe('drawn');
    // A plan with some policy in it.
    await page.locator('.planner-phase').first().getByRole('spinbutton', { name: 'Training (US$ million)' }).fill('0.6');

    // --- Assumptions: the baseline changes too, and is named a modified baseline. ---
    const assumptions = page.getByRole('region', { name: 'Assumptions' });
    await expect.poll(() => assumptions.isVisible()).toBe(true);
    const before = await baselineColumn(page);
    await assumptions.getByRole('spinbutton', { name: 'World demand growth' }).fill('3');
    await expect.poll(() => baselineColumn(page)).not.toEqual(before);
    expect(await page.locator('.planner-summary-table thead th').nth(2).textContent()).toBe('No new policy (modified baseline)');
    expect(await compareRows(page)).toContain('No new policy (modified baseline)');
    expect(await page.locator('.planner-legend li').allInnerTexts()).toContain('No new policy (modified baseline)');
    // The share link carries the assumptions: a fresh browser opens the same modified baseline.
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toContain('&v=2&');
    const other = await openSession(browser, { width: 1366, height: 768 });
    await other.page.goto(link);
    await expect.poll(() => other.page.evaluate(() => document.documentElement.dataset.plannerCharts), BUSY).toBe('drawn');
    expect(await other.page.getByRole('spinbutton', { name: 'World demand growth' }).inputValue()).toBe('3');
    expect(await baselineColumn(other.page)).toEqual(await baselineColumn(page));
    expect(other.errors).toEqual([]);
    await other.context.close();
    await assumptions.getByRole('button', { name: 'Reset assumptions' }).click();
    await expect.poll(() => baselineColumn(page)).toEqual(before);
    expect(await compareRows(page)).toContain('No new policy');

    // --- Uncertainty: progress and Cancel, then a complete run with bands and chances. ---
    const runs = page.getByRole('spinbutton', { name: 'Runs' });
    expect(await runs.inputValue()).toBe('200');
    await runs.fill('2000');
    // Run, then Cancel at once (in one go, so a busy machine cannot finish the runs first): the
    // progress bar is up while it runs, and a cancelled run draws nothing.
    const progress = page.getByRole('progressbar', { name: 'Uncertainty runs done' });
    const shown = await page.evaluate(() => {
      const panel = document.querySelector('.planner-uncertainty') as HTMLElement;
      (panel.querySelector('button.primary') as HTMLButtonElement).click();
      const bar = panel.querySelector('progress') as HTMLElement;
      const visible = bar.getClientRects().length > 0;
      [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')?.click();
      return visible;
    });
    expect(shown).toBe(true);
    const uStatus = page.locator('.planner-uncertainty .planner-status');
    await expect.poll(() => uStatus.textContent(), BUSY).toMatch(/Cancelled/);
    expect(await progress.isVisible()).toBe(false);
    expect(await page.locator('[data-band]').count()).toBe(0);
    await runs.fill('200');
    await page.getByRole('button', { name: 'Run uncertainty' }).click();
    await expect.poll(() => uStatus.textContent(), BUSY).toMatch(/200 seeds done/);
    // It reported its progress on the way.
    expect(Number(await page.locator('.planner-uncertainty .planner-job').getAttribute('data-reports'))).toBeGreaterThan(0);
    expect(await page.locator('.planner-legend [data-band]').count()).toBe(2);
    const povertyRow = await page.locator('.planner-uncertainty-table tr[data-outcome="poverty"]').innerText();
    expect(povertyRow).toMatch(/\d+ %\s*$/);
    expect(await page.locator('.planner-uncertainty-table thead').innerText()).toContain('Chance this plan does better');
    expect(await page.locator('.planner-goals-table tbody tr').count()).toBeGreaterThan(0);
    // A change of the plan takes the bands away (they would be another plan's).
    await page.locator('.planner-phase').first().getByRole('spinbutton', { name: 'Training (US$ million)' }).fill('0.5');
    await expect.poll(() => page.locator('.planner-legend [data-band]').count()).toBe(0);

    // --- Sensitivity: the tornado and its table. ---
    await page.getByRole('button', { name: 'Run sensitivity' }).click();
    const tornado = page.getByRole('img', { name: /^Tornado chart of the change in poverty/ });
    await expect.poll(() => tornado.isVisible(), BUSY).toBe(true);
    expect(await page.locator('.planner-tornado__row').count()).toBe(8);
    expect(await page.locator('.planner-sensitivity-table tbody tr').count()).toBeGreaterThanOrEqual(14);
    await page.getByLabel('Outcome', { exact: true }).selectOption('employment');
    await expect.poll(() => tornado.count()).toBe(0);
    expect(await page.getByRole('img', { name: /^Tornado chart of the change in employment/ }).isVisible()).toBe(true);

    // --- The optimiser: lowest poverty with jobs and working conditions kept; saved; frontier. ---
    await page.getByLabel('Objective').selectOption('poverty');
    await page.getByRole('button', { name: 'Optimise', exact: true }).click();
    await expect.poll(() => compareRows(page), BUSY).toContain('Optimised: Lowest poverty');
    expect(await page.locator('.planner-saved__name').allInnerTexts()).toContain('Optimised: Lowest poverty');
    expect(await page.getByRole('img', { name: /^Scatter chart of Average growth against Poverty/ }).isVisible()).toBe(true);
    expect(await page.locator('.planner-frontier-table tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.planner-optimiser__found').textContent()).toMatch(/It meets every constraint/);
    // The saved plan's poverty beats no new policy in the comparison.
    const optimisedRow = page.locator('.planner-compare-table tbody tr', { hasText: 'Optimised: Lowest poverty' });
    expect(await optimisedRow.locator('td').nth(3).locator('.planner-compare__diff').textContent()).toMatch(/^▼/);

    expect(await axeViolations(page)).toEqual([]);

    // --- Play this plan: the game starts on Kamukunji, seed 7, with the found plan's first year filled in. ---
    const first = page.locator('.planner-found-table tbody tr').first();
    const cells = await first.locator('td').allInnerTexts();
    const trainingShare = Number((cells[1] ?? '').replace(/[^\d.]/g, ''));
    const target = cells[6] ?? '';
    await page.getByRole('button', { name: 'Play this plan' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('#budget-panel').isVisible(), BUSY).toBe(true);
    const training = page.locator('#budget-panel').getByRole('slider', { name: 'Training', exact: true });
    await expect.poll(async () => Math.abs(Number(await training.inputValue()) - trainingShare), BUSY).toBeLessThanOrEqual(1);
    const chosen = await page.locator('#budget-panel').getByLabel('Incentive target').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    expect(chosen).toBe(target);
    expect(await page.evaluate(() => location.hash)).toBe('');

    expect(errors).toEqual([]);
    await context.close();
  });
});
