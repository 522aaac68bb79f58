// The event dialog needs a deliberate choice: the Enter that ended the year opens it while still
// held, and neither its repeats (flagged or not, as some systems send them) nor its release may
// pick a choice, even one that has focus. A new press does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openSession } from './browser';

/** A machine busy with other work may take many seconds to draw a screen: wait for states, up to this long. */
const BUSY = { timeout: 90_000, interval: 100 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const eventOpen = (page: Page) => page.locator('#event-dialog[open]').count().then((n) => n > 0);
const reportOpen = (page: Page) => page.locator('#year-report').isVisible();

describe('the event dialog', { timeout: 360_000 }, () => {
  it('ignores the Enter carried over from End year (held, repeated, released) and chooses on a new press', async () => {
    const { page, context, errors } = await openSession(browser);
    page.setDefaultTimeout(120_000);
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=35&begin`);
    await expect.poll(() => page.getByRole('button', { name: 'End year' }).isVisible(), BUSY).toBe(true);
    const cdp = await context.newCDPSession(page);

    // End year with Enter held down, until a year ends with an event.
    for (let year = 1; ; year++) {
      expect(year).toBeLessThanOrEqual(10);
      await page.getByRole('button', { name: 'End year' }).focus();
      await page.keyboard.down('Enter');
      await expect.poll(async () => (await eventOpen(page)) || (await reportOpen(page)), BUSY).toBe(true);
      if (await eventOpen(page)) break;
      await page.keyboard.up('Enter');
      await page.getByRole('button', { name: 'Next year' }).click();
    }

    // The worst case: focus on the first (costly) choice while Enter is still down.
    await page.locator('#event-dialog button.event-choice').first().focus();
    // A repeat, flagged as one.
    await page.keyboard.down('Enter');
    // A repeat some systems send without the flag.
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
      nativeVirtualKeyCode: 13,
      text: '\r',
      unmodifiedText: '\r',
      autoRepeat: false,
    });
    await page.keyboard.up('Enter');
    // Let any click the keys would have caused land before checking.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(await eventOpen(page)).toBe(true);

    // A new, deliberate press chooses.
    await page.keyboard.press('Enter');
    await expect.poll(() => reportOpen(page), BUSY).toBe(true);
    expect(await eventOpen(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('keeps focus on the choice the player moved to when the screen redraws under the open dialog', async () => {
    const { page, errors } = await openSession(browser);
    page.setDefaultTimeout(120_000);
    // The town's code arrives late, as on a slow laptop: only once the dialog is open and a choice has focus.
    let releaseTown: () => void = () => undefined;
    const townHeld = new Promise<void>((resolve) => (releaseTown = resolve));
    await page.route(/\/assets\/stage-[^/]*\.js$/, async (route) => {
      await townHeld;
      await route.continue();
    });
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=35&begin`);
    for (let year = 1; ; year++) {
      expect(year).toBeLessThanOrEqual(10);
      await expect.poll(() => page.getByRole('button', { name: 'End year' }).isVisible(), BUSY).toBe(true);
      await page.getByRole('button', { name: 'End year' }).click();
      await expect.poll(async () => (await eventOpen(page)) || (await reportOpen(page)), BUSY).toBe(true);
      if (await eventOpen(page)) break;
      await page.getByRole('button', { name: 'Next year' }).click();
    }
    const last = page.locator('#event-dialog button.event-choice').last();
    await last.focus();
    releaseTown();
    // The town arriving redraws every screen; the dialog stays open and focus stays on the choice.
    await expect.poll(() => page.locator('#town-stage-slot canvas').count(), BUSY).toBe(1);
    await expect.poll(() => page.locator('#stage').getAttribute('data-renderer'), BUSY).not.toBeNull();
    expect(await last.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => reportOpen(page), BUSY).toBe(true);
    expect(errors).toEqual([]);
  });
});
