// A full term played as people play it: one by keyboard alone (Sialkot), one by mouse with a
// reload and Continue midway (Kamukunji). Any console error fails the test; screenshots of every
// screen land in test-results/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, gamePhase, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

interface TownSummary {
  year: number;
  buildings: number;
  roads: number;
  power: number;
  trainingCentre: string;
  researchCentre: string;
}

/** What the town canvas draws, as the shell publishes it on the stage element. */
async function townSummary(page: Page): Promise<TownSummary> {
  return JSON.parse((await page.locator('#stage').getAttribute('data-town')) ?? 'null') as TownSummary;
}

/** Ten played years with axe checks: about a minute alone, several on a machine busy with other work. */
const FULL_TERM_MS = 360_000;

describe('a full term', () => {
  it('can be played with the keyboard alone, from the title to the debrief', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'New game' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#cluster-list').getByRole('button', { name: 'Sialkot' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => visible(page, '#screen-briefing')).toBe(true);
    await page.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => gamePhase(page)).toBe('planning');

    // The first-game tutorial appears; Escape skips it.
    await expect.poll(() => page.getByRole('button', { name: 'Skip tutorial' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Skip tutorial' }).isVisible()).toBe(false);

    await expect.poll(() => page.locator('#town-stage-slot canvas').count()).toBe(1);
    await screenshot(page, 'keyboard-planning');
    expect(await axeViolations(page)).toEqual([]);

    // Split the budget with arrow keys; the remaining budget goes down and never below zero.
    for (const [line, presses] of [
      ['Training', 30],
      ['Infrastructure', 25],
      ['Incentives', 20],
      ['Trade policy', 40],
    ] as const) {
      await page.getByRole('slider', { name: line }).focus();
      for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight');
    }
    await page.getByRole('combobox', { name: 'Incentive target' }).selectOption('sme');
    await page.getByRole('checkbox', { name: 'Labor standards' }).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    const shares = await Promise.all(
      ['Infrastructure', 'Training', 'Research centers', 'Incentives', 'Trade policy'].map(async (name) => Number(await page.getByRole('slider', { name }).inputValue())),
    );
    const total = shares.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(50);
    expect(total).toBeLessThanOrEqual(100.0001);

    let sawEvent = false;
    for (let year = 1; year <= 10; year++) {
      await page.getByRole('button', { name: 'End year' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => gamePhase(page)).not.toBe('planning');
      if ((await gamePhase(page)) === 'event') {
        if (!sawEvent) await screenshot(page, 'keyboard-event');
        sawEvent = true;
        // Focus starts on the event's heading, so a second Enter (meant for End year) picks nothing.
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('event-title');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        expect(await gamePhase(page)).toBe('event');
        // Tab to the first choice; Enter chooses it.
        await page.keyboard.press('Tab');
        await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('event-choice');
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => gamePhase(page)).toBe('report');
      if (year === 1) {
        await screenshot(page, 'keyboard-report');
        expect(await axeViolations(page)).toEqual([]);
      }
      const next = page.getByRole('button', { name: year === 10 ? 'See the debrief' : 'Next year' });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => gamePhase(page)).toBe(year === 10 ? 'debrief' : 'planning');
    }
    expect(sawEvent).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: /Debrief/ }).isVisible()).toBe(true);
    await screenshot(page, 'keyboard-debrief');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('#debrief').textContent()).toMatch(/Overall/);
    expect(errors).toEqual([]);
  }, FULL_TERM_MS);

  it('can be played with the mouse, survives a reload midway and Continue, and the town changes', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('#map-pins').getByRole('button', { name: 'Kamukunji' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await expect.poll(() => page.locator('#town-stage-slot canvas').count()).toBe(1);
    const townAtStart = await townSummary(page);

    const playYear = async (): Promise<void> => {
      await page.getByRole('button', { name: 'End year' }).click();
      await expect.poll(() => gamePhase(page)).not.toBe('planning');
      if ((await gamePhase(page)) === 'event') await page.locator('#event-dialog button').first().click();
      await expect.poll(() => gamePhase(page)).toBe('report');
    };

    // Spend the budget by typing amounts into the number fields.
    await page.getByRole('spinbutton', { name: /Infrastructure/ }).fill('1');
    await page.getByRole('spinbutton', { name: /Training/ }).fill('0.6');
    await page.getByRole('spinbutton', { name: /Incentives/ }).fill('0.4');
    await page.getByRole('spinbutton', { name: /Incentives/ }).press('Tab');
    await page.getByRole('combobox', { name: 'Incentive target' }).selectOption('sme');
    for (let year = 1; year <= 5; year++) {
      await playYear();
      await page.getByRole('button', { name: 'Next year' }).click();
      await expect.poll(() => gamePhase(page)).toBe('planning');
    }
    const hudBefore = await page.locator('#hud').textContent();
    await screenshot(page, 'mouse-year-5');

    // Reload midway: the game comes back at the same year, with the same numbers; so does Continue on the title.
    await page.reload();
    await expect.poll(() => gamePhase(page)).toBe('planning');
    expect(await page.locator('#hud').textContent()).toBe(hudBefore);
    await page.getByRole('button', { name: 'Quit to title' }).click();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect.poll(() => gamePhase(page)).toBe('planning');
    expect(await page.locator('#hud').textContent()).toBe(hudBefore);

    let townAtEnd = townAtStart;
    for (let year = 6; year <= 10; year++) {
      await playYear();
      if (year === 10) {
        townAtEnd = await townSummary(page);
        await screenshot(page, 'mouse-last-report');
      }
      await page.getByRole('button', { name: year === 10 ? 'See the debrief' : 'Next year' }).click();
    }
    await expect.poll(() => gamePhase(page)).toBe('debrief');
    await screenshot(page, 'mouse-debrief');

    // Ten years of roads, power, training and support for workshops show in the town.
    expect(townAtEnd.year).toBe(townAtStart.year + 10);
    expect(townAtEnd.roads).toBeGreaterThan(townAtStart.roads);
    expect(townAtEnd.power).toBeGreaterThan(townAtStart.power);
    expect(townAtEnd.buildings).toBeGreaterThan(townAtStart.buildings);
    expect(townAtStart.trainingCentre).toBe('none');
    expect(townAtEnd.trainingCentre).toBe('open');
    expect(errors).toEqual([]);
  }, FULL_TERM_MS);
});
