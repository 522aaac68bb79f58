// History mode (issue 13), as a player meets it: Sialkot's briefing -> Play against history -> the
// year report's charts carry a "What was done" line (drawn, named in each chart's text alternative,
// a column of its data table) -> a full term -> the debrief compares the term with what was done.
// Axe finds nothing serious on the briefing, a report or the debrief; no console errors.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { OUTCOME_FIELDS } from '../../src/model';
import { axeViolations, baseUrl, gamePhase, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

/** Ten played years with axe checks, on a machine that may be busy with other work. */
const FULL_TERM_MS = 360_000;

describe('play against history', () => {
  it('shows what was done on the charts and compares the term with it in the debrief', async () => {
    const { page, context, errors } = await openSession(browser);
    await context.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=1`);
    await expect.poll(() => visible(page, '#screen-briefing')).toBe(true);
    // The briefing tells what the real government did, and where the record is thin.
    await page.getByText("What was done: the association's answer to the quality ban").click();
    await expect.poll(() => page.getByText(/Where the record is thin/).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'history-briefing');

    await page.getByRole('button', { name: 'Play against history' }).click();
    await expect.poll(() => gamePhase(page)).toBe('planning');

    for (let year = 1; year <= 10; year++) {
      await page.getByRole('button', { name: 'End year' }).click();
      await expect.poll(() => gamePhase(page)).not.toBe('planning');
      if ((await gamePhase(page)) === 'event') await page.locator('#event-dialog button.event-choice').first().click();
      await expect.poll(() => gamePhase(page)).toBe('report');
      if (year === 1) {
        const charts = page.locator('#year-report .outcome-charts canvas[role="img"]');
        await expect.poll(() => charts.count()).toBeGreaterThan(0);
        // Every chart of the report names the history line in its text alternative and its table.
        const labels = await charts.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
        for (const label of labels) expect(label).toMatch(/What was done: /);
        const heads = await page.locator('#year-report .outcome-charts .chart-data table thead').allTextContents();
        for (const head of heads) expect(head).toContain('What was done');
        expect(await page.locator('#year-report .chart-legend__item--history').first().isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, 'history-report');
      }
      const next = page.getByRole('button', { name: year === 10 ? 'See the debrief' : 'Next year' });
      await next.click();
      await expect.poll(() => gamePhase(page)).toBe(year === 10 ? 'debrief' : 'planning');
    }

    const comparison = page.getByRole('region', { name: 'Your term versus what was done' });
    await expect.poll(() => comparison.isVisible()).toBe(true);
    expect(await comparison.locator('table').first().locator('tbody tr').count()).toBe(3);
    expect(await comparison.textContent()).toMatch(/your term did better than what was done on \d of 3 outcomes/);
    expect(await comparison.locator('table').nth(1).locator('tbody tr').count()).toBe(4);
    // The debrief's charts carry the line too.
    const debriefLabels = await page.locator('.debrief-charts .outcome-charts canvas[role="img"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(debriefLabels.length).toBeGreaterThan(3);
    for (const label of debriefLabels) expect(label).toMatch(/What was done: /);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'history-debrief');
    // The debrief's CSV export carries the history's line as its own columns, beside the player's and the groups.
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#debrief').getByRole('button', { name: 'Export CSV', exact: true }).click()]);
    const [header = '', start = '', first = ''] = readFileSync((await file.path()) as string, 'utf8').split('\r\n');
    const names = header.split(',');
    expect(names).toEqual(expect.arrayContaining([...OUTCOME_FIELDS.map((f) => `history_${f}`), 'groups_smeOwners_people', 'baseline_groups_womenWorkers_poverty']));
    const output = names.indexOf('history_output');
    expect(Number(start.split(',')[output])).toBe(Number(start.split(',')[names.indexOf('output')]));
    expect(first.split(',')[output]).toMatch(/^\d/);
    expect(errors).toEqual([]);
  }, FULL_TERM_MS);

  it('the planner loads what was done as phases', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(`${baseUrl()}#planner&scenario=sialkot-surgical`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts)).toBe('drawn');
    const load = page.getByRole('button', { name: 'Load what was done' });
    await load.click();
    // Sialkot's path changes course in years 2, 3, 4 and 5 (event choices), so it loads as several phases.
    await expect.poll(() => page.getByText(/What was done is loaded: \d+ phases\. The planner plays the cluster without/).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    // A scenario without a history has no such button.
    await page.goto('about:blank');
    await page.goto(`${baseUrl()}#planner&scenario=bangalore-it`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts)).toBe('drawn');
    expect(await page.getByRole('button', { name: 'Load what was done' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
  }, 120_000);
});
