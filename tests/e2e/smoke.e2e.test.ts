import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('first screens', () => {
  it("goes from the title to a cluster's briefing and into the first year, with no console errors", async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await expect.poll(() => page.getByRole('heading', { name: 'Cluster Policy Lab' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'smoke-title');

    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Choose a cluster' }).isVisible()).toBe(true);
    const names = await page.locator('#cluster-list button').allTextContents();
    expect(names).toEqual(
      expect.arrayContaining(['Bangalore', 'Sialkot', 'Guadalajara', 'Sinos Valley', 'Kamukunji', 'Suame Magazine']),
    );
    expect(await page.locator('#map-pins').getByRole('button', { name: 'Sialkot' }).count()).toBe(1);
    await screenshot(page, 'smoke-map');

    await page.locator('#map-pins').getByRole('button', { name: 'Sialkot' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('heading', { name: /Sialkot/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'smoke-briefing');

    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('#screen-play').isVisible()).toBe(true);
    // The goals are in sight while playing: a region named Goals, one line per goal, quality included.
    const goals = page.getByRole('region', { name: 'Goals' });
    await expect.poll(() => goals.isVisible()).toBe(true);
    expect(await goals.getByRole('listitem').count()).toBe(4);
    expect(await goals.textContent()).toMatch(/higher-value instruments.*now \d+ %; goal above 40 %; no new policy \d+ %/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'smoke-play');
    expect(errors).toEqual([]);
  });
});
