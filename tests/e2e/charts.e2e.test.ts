// Charts, the why-panel and the exports, in the real screens: the year report shows the three
// headline charts with data tables; the debrief's CSV and run file reproduce exactly with the
// headless simulator for the same decisions and seed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openSession, screenshot } from './browser';
import { sim } from '../cli/run-cli';
import { OUTCOME_FIELDS } from '../../src/model';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const csvRows = (text: string): string[][] =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));

async function skipTutorial(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await file.path()) as string, 'utf8');
}

describe('charts, why-panel and exports', () => {
  it('shows growth, employment and poverty against the baseline in the year report, with data tables', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await skipTutorial(page);
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=5&play=3`);
    const report = page.locator('#year-report');
    // The headline three (the other goals' charts are folded below them).
    const headline = report.locator('.outcome-charts--headline');
    await expect.poll(() => headline.locator('.chart-card canvas[role="img"]').count()).toBe(3);
    const labels = await headline.locator('.chart-card canvas').evaluateAll((canvases) => canvases.map((c) => c.getAttribute('aria-label') ?? ''));
    expect(labels.map((label) => label.split(',')[0])).toEqual(['Growth', 'Employment', 'Poverty']);
    expect(labels.every((label) => /no new policy/.test(label))).toBe(true);
    // Each chart has a table alternative with a caption and row headers.
    expect(await headline.locator('.chart-card table caption').count()).toBe(3);
    expect(await headline.locator('.chart-card table tbody th[scope="row"]').count()).toBeGreaterThan(3);
    // The why-panel explains output, jobs and poverty, in words and as waterfalls.
    expect(await report.textContent()).toMatch(/Why did it change\?/);
    expect(await report.locator('.waterfall-card canvas[role="img"]').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'charts-year-report');
    expect(errors).toEqual([]);
  });

  it('makes the headline charts while the first year is planned, and the first End year only updates them', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await skipTutorial(page);
    await page.goto(`${baseUrl()}#scenario=kamukunji-metalwork&seed=3&begin`);
    // Made out of sight, in idle time, while the budget panel is up.
    const ahead = page.locator('.report-charts-ahead');
    await expect.poll(() => ahead.locator('canvas[data-drawn]').count(), { timeout: 20_000 }).toBe(3);
    expect(await ahead.evaluate((holder) => getComputedStyle(holder).visibility)).toBe('hidden');
    expect(await axeViolations(page)).toEqual([]);
    await ahead.locator('canvas').evaluateAll((canvases) => canvases.forEach((c, i) => (c.dataset.madeAhead = String(i))));
    await page.getByRole('button', { name: 'End year' }).click();
    if (await page.locator('#event-dialog[open]').count()) await page.locator('#event-dialog button.event-choice').first().click();
    const charts = page.locator('#year-report [data-slot="charts"] canvas');
    // The same three canvases, each drawn once more (updated, not made again), now with 2010 in them.
    await expect.poll(() => charts.evaluateAll((canvases) => canvases.map((c) => `${c.dataset.madeAhead}:${c.dataset.drawn}`).join(' '))).toBe('0:2 1:2 2:2');
    const labels = await charts.evaluateAll((canvases) => canvases.map((c) => c.getAttribute('aria-label') ?? ''));
    expect(labels.every((label) => label.includes('2010'))).toBe(true);
    expect(await ahead.locator('canvas').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('exports a CSV and a run file from the debrief that the CLI reproduces for the same decisions and seed', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await skipTutorial(page);
    await page.goto(`${baseUrl()}#scenario=sinos-valley-footwear&seed=11&begin`);
    await expect.poll(() => page.locator('#budget-panel').isVisible()).toBe(true);
    await page.getByRole('spinbutton', { name: /Training/ }).fill('8');
    await page.getByRole('spinbutton', { name: /Trade policy/ }).fill('6');
    await page.getByRole('spinbutton', { name: /Incentives/ }).fill('5');
    await page.getByRole('spinbutton', { name: /Incentives/ }).press('Tab');
    await page.getByRole('combobox', { name: 'Incentive target' }).selectOption('joint');
    for (let year = 1; year <= 10; year++) {
      if (year === 4) {
        // A mid-term change of course: invest in roads and cut the tariff.
        await page.getByRole('spinbutton', { name: /Infrastructure/ }).fill('4');
        await page.getByRole('spinbutton', { name: /Infrastructure/ }).press('Tab');
        await page.getByRole('slider', { name: 'Tariff' }).fill('10');
      }
      await page.getByRole('button', { name: 'End year' }).click();
      if (await page.locator('#event-dialog[open]').count()) await page.locator('#event-dialog button').last().click();
      if (year === 2) {
        // Credit for policy: where the gap from no new policy comes from, as a chart, in words and as a table.
        const difference = page.locator('#year-report .policy-difference');
        const chart = difference.locator('canvas[role="img"]');
        await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/^Difference from no new policy in \d{4}: output US\$ [\d.,]+ million (higher|lower)/);
        await difference.getByRole('radio', { name: 'Jobs' }).check();
        await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/^Difference from no new policy in \d{4}: employment /);
        const rows = await difference.locator('table tbody th').allTextContents();
        expect(rows).toEqual(expect.arrayContaining(['Training', 'Trade promotion', 'Incentives', 'Incentive target']));
        expect(await difference.locator('table tfoot').textContent()).toMatch(/Whole difference/);
      }
      await page.getByRole('button', { name: year === 10 ? 'See the debrief' : 'Next year' }).click();
    }
    // The debrief credits the whole term, including the mid-term change of course.
    const termDifference = page.locator('#debrief .policy-difference');
    await expect.poll(() => termDifference.locator('canvas[role="img"]').getAttribute('aria-label')).toMatch(/^Difference from no new policy/);
    expect(await termDifference.locator('table tbody th').allTextContents()).toEqual(expect.arrayContaining(['Infrastructure', 'Tariff']));
    await expect.poll(() => page.locator('#debrief .chart-card canvas[role="img"]').count()).toBeGreaterThanOrEqual(15);
    await screenshot(page, 'charts-debrief');

    const csv = csvRows(await download(page, 'Export CSV'));
    const run = JSON.parse(await download(page, 'Export run (JSON)')) as { plan: unknown; seed: number; scenario: string | { id: string } };
    expect(run.seed).toBe(11);
    const dir = mkdtempSync(join(tmpdir(), 'cpl-e2e-'));
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, JSON.stringify(run.plan));
    const cli = await sim('--scenario', 'sinos-valley-footwear', '--plan', planFile, '--seed', '11', '--years', '10', '--format', 'csv');
    expect(cli.stderr).toBe('');
    const cliRows = csvRows(cli.stdout);
    // The CLI's leading columns are the outcome fields, the same as the game's CSV.
    const n = OUTCOME_FIELDS.length;
    const fields = cliRows[0]!.slice(0, n);
    expect(fields).toEqual([...OUTCOME_FIELDS]);
    expect(csv[0]!.slice(0, n)).toEqual(fields);
    expect(csv).toHaveLength(cliRows.length);
    expect(csv.slice(1).map((row) => row.slice(0, n))).toEqual(cliRows.slice(1).map((row) => row.slice(0, n)));
    // Who gains, who loses: the game's CSV has the CLI's groups columns, with the CLI's numbers.
    const groupColumns = cliRows[0]!.filter((name) => name.startsWith('groups_'));
    expect(groupColumns).toHaveLength(15);
    for (const name of groupColumns) {
      const mine = csv[0]!.indexOf(name);
      const theirs = cliRows[0]!.indexOf(name);
      expect(mine, name).toBeGreaterThanOrEqual(0);
      expect(csv.slice(1).map((row) => row[mine])).toEqual(cliRows.slice(1).map((row) => row[theirs]));
    }
    // Printed, the debrief is a one-page memo.
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    // The plan really spent money and changed course, so this is not the baseline by accident.
    const spent = fields.indexOf('budgetSpent');
    expect(Number(csv[1]![spent])).toBe(0); // year 0, the start
    expect(Number(csv[2]![spent])).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 360_000);
});
