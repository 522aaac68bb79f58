// Predict, then see, in the browser: the optional "Your prediction" group before End year (folded in
// the first year, open from the second), a prediction made with the mouse and the keyboard, and the
// year report judging it. Screenshots at a phone's and a laptop's size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function startGame(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=5&begin`);
  const skip = page.getByRole('button', { name: 'Skip tutorial' });
  await expect.poll(() => skip.isVisible()).toBe(true);
  await skip.click();
  await expect.poll(() => skip.isVisible()).toBe(false);
}

/** Ends the year and waits for the report (answering an event with its first choice). */
async function endYear(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End year' }).click();
  await expect
    .poll(
      async () =>
        (await page.locator('#event-dialog[open]').count()) > 0 || (await page.locator('#year-report').isVisible()),
    )
    .toBe(true);
  if (await page.locator('#event-dialog[open]').count()) await page.locator('#event-dialog button').first().click();
  await expect.poll(() => page.locator('#year-report').isVisible()).toBe(true);
}

describe('predict, then see', () => {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1366, height: 768 },
  ]) {
    it(`judges the prediction in the year report (${viewport.width}x${viewport.height})`, async () => {
      const { page, errors } = await openSession(browser, viewport);
      await startGame(page);
      const group = page.getByRole('group', { name: 'Your prediction' });
      const toggle = page.locator('#budget-panel .prediction > summary');

      // Optional and folded in the first year: End year works without it.
      await expect.poll(() => toggle.isVisible()).toBe(true);
      expect(await group.isVisible()).toBe(false);
      await toggle.click();
      await expect.poll(() => group.isVisible()).toBe(true);

      // Output by pointer, with a size; jobs by keyboard (arrow keys move within the radio group).
      await group.getByRole('radiogroup', { name: 'Output' }).getByRole('radio', { name: 'Rise' }).click();
      const size = group.getByRole('spinbutton', { name: /^Output: by how much/ });
      await expect.poll(() => size.isEnabled()).toBe(true);
      await size.fill('3');
      const jobsRise = group.getByRole('radiogroup', { name: 'Jobs' }).getByRole('radio', { name: 'Rise' });
      await jobsRise.focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() =>
          group.getByRole('radiogroup', { name: 'Jobs' }).getByRole('radio', { name: 'About the same' }).isChecked(),
        )
        .toBe(true);
      // "About the same" takes no size (on a phone its field is not even shown).
      expect(await page.locator('#prediction-jobs-size').isDisabled()).toBe(true);
      await expect.poll(() => toggle.textContent()).toMatch(/2 of 3 predicted/);
      await expect.poll(() => group.textContent()).toMatch(/within ±1\s%/);
      await group.evaluate((node) => node.closest('details')?.scrollIntoView({ block: 'center' }));
      await screenshot(page, `prediction-budget-${viewport.width}`);
      expect(await axeViolations(page)).toEqual([]);

      await endYear(page);
      const section = page.getByRole('region', { name: 'Your prediction' });
      await expect.poll(() => section.isVisible()).toBe(true);
      const output = section.locator('[data-indicator="output"]');
      const jobs = section.locator('[data-indicator="jobs"]');
      expect(await output.textContent()).toMatch(
        /You expected a rise of about 3\s%; output (rose|fell|stayed about the same)/,
      );
      expect(await output.textContent()).toMatch(/Right|Wrong/);
      expect(await jobs.textContent()).toMatch(/You expected little change; jobs /);
      expect(await section.locator('[data-indicator="poverty"]').count()).toBe(0);
      expect(await section.textContent()).toMatch(/You got [0-2] of 2 right\./);
      // A miss names what pushed the year the other way.
      for (const row of [output, jobs]) {
        if ((await row.getAttribute('class'))?.includes('prediction-result--wrong'))
          expect(await row.textContent()).toMatch(/The biggest push (up|down) was /);
      }
      await section.scrollIntoViewIfNeeded();
      await section.evaluate((node) => node.scrollIntoView({ block: 'start' }));
      await screenshot(page, `prediction-report-${viewport.width}`);
      // The report's markup is the same at both sizes; axe on its long page once is enough.
      if (viewport.width < 600) expect(await axeViolations(page)).toEqual([]);

      // The next year starts with no prediction, and the group open.
      await page.locator('#report-next').click();
      await expect.poll(() => page.locator('#budget-panel').isVisible()).toBe(true);
      await expect.poll(() => group.isVisible()).toBe(true);
      expect(await group.getByRole('radio', { checked: true }).count()).toBe(0);
      await expect.poll(() => toggle.textContent()).toMatch(/optional/);
      expect(errors).toEqual([]);
    });
  }
});
