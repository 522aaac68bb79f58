// A scenario of the instructor's own, the next day: imported and saved in the scenario editor,
// planned with a saved plan; after a reload the planner lists it among "Your own scenarios", its
// saved plan loads, Play this plan starts a game on it, and that game resumes after a reload. The
// picker is looked at on a phone, a laptop and in Arabic.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serializePlanStore } from '../../src/platform/plan-store';
import { parseScenario } from '../../src/scenario/parse';
import { newPlan } from '../../src/view/planner';
import { axeViolations, baseUrl, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const BUSY = { timeout: 60_000 };
const NAME = 'Our own cluster';
const SHORT = 'Our cluster';
const ID = 'our-own-cluster';
const scenarioFile = (): Buffer => {
  const base = JSON.parse(readFileSync('scenarios/survival-cluster.json', 'utf8')) as Record<string, unknown>;
  return Buffer.from(JSON.stringify({ ...base, id: ID, name: NAME, shortName: SHORT }));
};

const compareRows = (page: Page): Promise<string[]> => page.locator('.planner-compare-table tbody th[scope="row"]').allInnerTexts();
const training = (page: Page) => page.locator('.planner-phase').first().getByRole('spinbutton', { name: 'Training (US$ million)' });
/** The plan last worked on, as the planner stored it (a moment after the last change). */
const storedCurrent = (page: Page): Promise<string | null> =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('cpl:plans') ?? '{}') as { current?: { scenarioId: string } }).current?.scenarioId ?? null);

async function plannerReady(page: Page): Promise<void> {
  await expect.poll(() => page.locator('#planner-heading').isVisible(), BUSY).toBe(true);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts), BUSY).toBe('drawn');
}

/** The picker with its list drawn open in the page (a native list is not in a screenshot). */
async function pickerShot(page: Page, name: string): Promise<void> {
  const picker = page.locator('#planner-scenario');
  await picker.evaluate((select) => ((select as HTMLSelectElement).size = 12));
  await picker.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, name);
  await picker.evaluate((select) => ((select as HTMLSelectElement).size = 0));
}

describe('a custom scenario after a reload', () => {
  it('is in the planner with its saved plan, plays, and its game resumes', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await page.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));

    // Imported in the editor, saved in the browser, planned, with a saved plan.
    await page.goto(`${baseUrl()}#editor`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.editor), BUSY).toBe('ready');
    await page.locator('#editor-import-file').setInputFiles({ name: `${ID}.json`, mimeType: 'application/json', buffer: scenarioFile() });
    await expect.poll(() => page.locator('#ed-name').inputValue(), BUSY).toBe(NAME);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.editor-saved__name').allTextContents()).toContain(NAME);
    await page.getByRole('button', { name: 'Plan it', exact: true }).click();
    await plannerReady(page);
    await expect.poll(() => page.locator('#planner-scenario').inputValue(), BUSY).toBe(ID);
    await training(page).fill('0.37');
    await page.getByLabel('Plan name').fill('Skills for ours');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => compareRows(page)).toContain('Skills for ours');

    // The planner moves on to a built-in cluster (so the reload does not open ours by itself).
    await page.locator('#planner-scenario').selectOption({ label: 'Kamukunji' });
    await expect.poll(() => storedCurrent(page), BUSY).toBe('kamukunji-metalwork');

    // Tomorrow: the planner lists it after the built-in ones, marked as our own; its saved plan loads.
    await page.goto(`${baseUrl()}#planner`);
    await page.reload();
    await plannerReady(page);
    const ownGroup = page.locator('#planner-scenario optgroup');
    expect(await ownGroup.getAttribute('label')).toBe('Your own scenarios');
    expect(await ownGroup.locator('option').allTextContents()).toEqual([`\u2068${SHORT}\u2069 (your own)`]);
    expect(await page.locator('#planner-scenario > option').count()).toBeGreaterThan(0);
    await pickerShot(page, 'custom-scenario-picker-1366');
    await page.locator('#planner-scenario').selectOption({ value: ID });
    await expect.poll(() => page.locator('.planner-setting .planner-hint').first().textContent()).toContain(NAME);
    await expect.poll(() => compareRows(page)).toEqual(['This plan', 'Skills for ours', 'No new policy']);
    // A new plan on the cluster first; Load puts the saved one in the editor.
    expect(await training(page).inputValue()).not.toBe('0.37');
    await page.getByRole('button', { name: 'Load Skills for ours' }).click();
    await expect.poll(() => training(page).inputValue()).toBe('0.37');
    expect(await page.locator('.planner-notice').isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // The optimiser (in a worker, handed the whole scenario) finds a plan; Play this plan starts a
    // game on our cluster, which a reload resumes.
    await page.getByRole('button', { name: 'Optimise', exact: true }).click();
    const play = page.getByRole('button', { name: 'Play this plan' });
    await expect.poll(() => play.isVisible(), { timeout: 180_000 }).toBe(true);
    await play.click();
    await expect.poll(() => page.locator('#briefing-heading').textContent(), BUSY).toBe(NAME);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('#budget-panel').isVisible(), BUSY).toBe(true);
    await expect.poll(() => page.locator('.hud__cluster').textContent(), BUSY).toBe(SHORT);
    await page.reload();
    await expect.poll(() => page.locator('#budget-panel').isVisible(), BUSY).toBe(true);
    expect(await page.locator('.hud__cluster').textContent()).toBe(SHORT);

    // On a phone, and in Arabic: the picker fits, its group is translated.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl()}#planner`);
    await plannerReady(page);
    await pickerShot(page, 'custom-scenario-picker-360');
    await page.evaluate(() => localStorage.setItem('cpl:locale', 'ar'));
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.reload();
    await plannerReady(page);
    await expect.poll(() => ownGroup.getAttribute('label'), BUSY).toBe('سيناريوهاتك الخاصة');
    // The built-in clusters by their Arabic names (their texts load apart from the planner).
    const arabic = JSON.parse(readFileSync('scenarios/locales/ar/kamukunji-metalwork.json', 'utf8')) as { shortName: string };
    await expect.poll(() => page.locator('#planner-scenario > option[value="kamukunji-metalwork"]').textContent(), BUSY).toBe(arabic.shortName);
    await pickerShot(page, 'custom-scenario-picker-ar');
    expect(errors).toEqual([]);
  });

  it('a plan link naming a custom scenario this browser does not have: a message, not a crash', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await page.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#planner&scenario=${ID}`);
    await plannerReady(page);
    const notice = page.locator('#screen-planner .planner-notice');
    await expect.poll(() => notice.isVisible(), BUSY).toBe(true);
    expect(await notice.textContent()).toContain(`does not have: "${ID}". If it is a scenario made in the scenario editor, import its scenario file there`);
    expect(await page.locator('#planner-scenario').inputValue()).toBe('kamukunji-metalwork');
    await screenshot(page, 'custom-scenario-unknown-link');
    expect(errors).toEqual([]);
  });

  it('plans for a custom scenario the browser no longer has: named, kept, and the planner works', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    const scenario = parseScenario(JSON.parse(scenarioFile().toString('utf8')));
    const event = scenario.events[0]!;
    const planned = newPlan(scenario, 3);
    // The saved plan names a choice for the scenario's first event (a later version drops that event).
    const plan = { ...planned, phases: planned.phases.map((phase) => ({ ...phase, eventChoices: { [event.id]: event.choices[0]!.id } })) };
    const plans = serializePlanStore([{ name: 'Kept plan', savedAt: '2026-12-02T10:00:00.000Z', plan }], plan);
    await page.addInitScript((text) => {
      localStorage.setItem('cpl:tutorial-done', '1');
      // Once: the reload below finds what the planner wrote.
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('cpl:plans', text);
      sessionStorage.setItem('seeded', '1');
    }, plans);
    await page.goto(`${baseUrl()}#planner`);
    await plannerReady(page);
    const notice = page.locator('#screen-planner .planner-notice');
    await expect.poll(() => notice.isVisible(), BUSY).toBe(true);
    expect(await notice.textContent()).toContain(`does not have: "${ID}"`);
    expect(await notice.textContent()).toContain(`1 saved plan is kept for "${ID}"`);
    expect(await page.locator('#planner-scenario').inputValue()).toBe('kamukunji-metalwork');
    await screenshot(page, 'custom-scenario-held-plans');
    // Working on another plan keeps the held one in storage.
    await training(page).fill('0.2');
    await expect.poll(() => storedCurrent(page), BUSY).toBe('kamukunji-metalwork');
    expect(await page.evaluate(() => localStorage.getItem('cpl:plans'))).toContain('Kept plan');
    // The next visit: the planner opens on the plan worked on, and still says the saved one is kept.
    await page.reload();
    await plannerReady(page);
    await expect.poll(() => notice.textContent(), BUSY).toContain(`1 saved plan is kept for "${ID}", made in the scenario editor`);
    expect(await training(page).inputValue()).toBe('0.20');

    // The scenario comes back changed (its first event dropped) and is saved in the editor: back in
    // the planner, the plan that no longer fits is named with its problem, and still kept.
    await page.goto(`${baseUrl()}#editor`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.editor), BUSY).toBe('ready');
    const base = JSON.parse(scenarioFile().toString('utf8')) as { events: { id: string }[] };
    const changed = Buffer.from(JSON.stringify({ ...base, events: base.events.filter((e) => e.id !== event.id) }));
    await page.locator('#editor-import-file').setInputFiles({ name: `${ID}.json`, mimeType: 'application/json', buffer: changed });
    await expect.poll(() => page.locator('#ed-name').inputValue(), BUSY).toBe(NAME);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.editor-saved__name').allTextContents()).toContain(NAME);
    await page.goto(`${baseUrl()}#planner`);
    await plannerReady(page);
    await expect.poll(() => notice.textContent(), BUSY).toContain(`1 saved plan for "${SHORT}" no longer fits it as it is now: "Kept plan": phases[0].eventChoices: no event "${event.id}"`);
    expect(await notice.isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('cpl:plans'))).toContain('Kept plan');
    await screenshot(page, 'custom-scenario-misfit-plans');
    expect(errors).toEqual([]);
  });
});
