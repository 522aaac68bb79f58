// The planner in a real browser: a student builds three plans for Kamukunji, saves them and sees
// them compared against no new policy; the share link opens the same plan and numbers in a fresh
// browser; a changed or cut link gets one clear message and the saved plans are still there.
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

const phase = (page: Page, index: number): Locator => page.locator('.planner-phase').nth(index);

/** Types an amount into a budget line's US$ field (as a student would), in one phase. */
async function spend(page: Page, index: number, line: string, usdM: string): Promise<void> {
  await phase(page, index).getByRole('spinbutton', { name: `${line} (US$ million)` }).fill(usdM);
}

/** The horizon summary as text, row by row: what a student reads off the page. */
const summaryText = (page: Page): Promise<string[]> => page.locator('.planner-summary-table tbody tr').allInnerTexts();
const compareRows = (page: Page): Promise<string[]> => page.locator('.planner-compare-table tbody th[scope="row"]').allInnerTexts();

async function savePlan(page: Page, name: string): Promise<void> {
  await page.getByLabel('Plan name').fill(name);
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect.poll(() => compareRows(page)).toContain(name);
}

async function openPlanner(page: Page, hash = ''): Promise<void> {
  await page.goto(`${baseUrl()}${hash}`);
  await expect.poll(() => page.locator('#planner-heading').isVisible()).toBe(true);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts)).toBe('drawn');
}

describe('planner', () => {
  it('builds three plans for Kamukunji, compares them, shares one and refuses a changed link', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Planner' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Planner', level: 2 }).isVisible()).toBe(true);
    await page.getByLabel('Scenario').selectOption({ label: 'Kamukunji' });
    await expect.poll(() => page.getByLabel('Horizon', { exact: true }).inputValue()).toBe('10');
    await page.getByLabel('Seed').fill('7');
    const baseline = await summaryText(page);

    // Plan 1: skills first. Every input re-runs the horizon at once: the summary moves away from the baseline.
    await spend(page, 0, 'Training', '0.6');
    await spend(page, 0, 'Infrastructure', '0.4');
    await expect.poll(() => summaryText(page)).not.toEqual(baseline);
    expect(await phase(page, 0).locator('.planner-phase__left').textContent()).toMatch(/US\$ 1\.00 m left of 2/);
    await savePlan(page, 'Skills first');

    // Plan 2: a second phase from year 6 with research centers, set with the keyboard on the slider.
    await page.getByRole('button', { name: 'Add phase' }).click();
    await expect.poll(() => page.locator('.planner-phase').count()).toBe(2);
    expect(await phase(page, 1).locator('legend.planner-phase__title').textContent()).toMatch(/Years 6–10/);
    const research = phase(page, 1).getByRole('slider', { name: 'Research centers', exact: true });
    await research.focus();
    const before = await summaryText(page);
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => research.inputValue()).toBe('20');
    await expect.poll(() => summaryText(page)).not.toEqual(before);
    await savePlan(page, 'Research later');

    // Plan 3: incentives for small firms, with labour standards, in the first phase.
    await spend(page, 0, 'Infrastructure', '0');
    await spend(page, 0, 'Incentives', '0.4');
    await phase(page, 0).getByLabel('Incentive target').selectOption('sme');
    await phase(page, 0).getByLabel('Labor standards').check();
    await savePlan(page, 'SME incentives');

    // The comparison: a row per plan, named by its name, and the baseline; each with its difference.
    expect(await compareRows(page)).toEqual(['This plan', 'Skills first', 'Research later', 'SME incentives', 'No new policy']);
    const skills = page.locator('.planner-compare-table tbody tr').nth(1);
    expect(await skills.locator('.planner-compare__diff').first().textContent()).toMatch(/^[▲▼=] /);
    expect(await page.locator('.planner-legend li').allInnerTexts()).toEqual(['This plan', 'Skills first', 'Research later', 'SME incentives', 'No new policy']);
    for (const indicator of ['Growth', 'Employment', 'Poverty']) {
      const canvas = page.locator(`[data-chart-id="${indicator.toLowerCase()}"] canvas`);
      await expect.poll(() => canvas.getAttribute('aria-label')).toMatch(new RegExp(`^${indicator}, .*This plan: .*SME incentives: .*No new policy: `));
      expect(await canvas.getAttribute('role')).toBe('img');
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'planner-three-plans-1366');

    // Share: the link is in the field; a fresh browser opens the same plan with the same numbers.
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link.startsWith(`${baseUrl()}#planner&v=1&`)).toBe(true);
    const mine = await summaryText(page);
    const other = await openSession(browser, { width: 1366, height: 768 });
    await openPlanner(other.page, link.slice(baseUrl().length));
    await expect.poll(() => summaryText(other.page)).toEqual(mine);
    expect(await other.page.getByLabel('Seed').inputValue()).toBe('7');
    expect(await other.page.locator('.planner-phase').count()).toBe(2);
    expect(await phase(other.page, 0).getByLabel('Incentive target').inputValue()).toBe('sme');
    expect(await compareRows(other.page)).toEqual(['This plan', 'No new policy']);
    expect(other.errors).toEqual([]);
    await other.context.close();

    // A changed link and a cut link: one clear message each; the saved plans are all still there.
    const at = link.indexOf('&plan=') + 12;
    const changed = link.slice(0, at) + (link[at] === 'Q' ? 'R' : 'Q') + link.slice(at + 1);
    await openPlanner(page, changed.slice(baseUrl().length));
    const notice = page.locator('.planner-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toMatch(/has been changed or damaged.*your saved plans are unchanged/);
    expect(await compareRows(page)).toEqual(['This plan', 'Skills first', 'Research later', 'SME incentives', 'No new policy']);
    await screenshot(page, 'planner-changed-link');
    await openPlanner(page, link.slice(baseUrl().length, -20));
    await expect.poll(() => notice.textContent()).toMatch(/incomplete/);
    expect(await compareRows(page)).toContain('Research later');
    expect(await axeViolations(page)).toEqual([]);

    // Back to the title.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Cluster Policy Lab' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('reads at phone, laptop and wide sizes, and in Arabic', async () => {
    for (const [width, height] of [
      [360, 740],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const { page, errors, context } = await openSession(browser, { width, height });
      await openPlanner(page, '#planner&scenario=kamukunji-metalwork&seed=3');
      await spend(page, 0, 'Training', '0.5');
      await page.getByRole('button', { name: 'Add phase' }).click();
      await spend(page, 1, 'Research centers', '0.6');
      // Nothing wider than the window (tables scroll inside their own box).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `planner-${width}x${height}`);
      expect(errors).toEqual([]);
      await context.close();
    }
    const { page, errors, context } = await openSession(browser, { width: 1366, height: 768 });
    await page.addInitScript(() => localStorage.setItem('cpl:locale', 'ar'));
    await openPlanner(page, '#planner&scenario=kamukunji-metalwork&seed=3');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.getByRole('button', { name: 'إضافة مرحلة' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'إضافة مرحلة' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'planner-arabic-1366x768');
    expect(errors).toEqual([]);
    await context.close();
  });
});
