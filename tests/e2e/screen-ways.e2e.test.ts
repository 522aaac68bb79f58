// The ways between screens, which the app shell (src/ui/app.ts) hands to each screen: every button
// leads where it should, and focus goes where the player needs it. Each screen only calls the ways
// it was given, so these walk them end to end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, gamePhase, launch, openSession } from './browser';

/** A machine busy with other work may take many seconds to draw a screen: wait for states, up to this long. */
const BUSY = { timeout: 90_000, interval: 100 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A fresh profile with the tutorial seen (unless `tutorial`), on the title. */
async function freshPage(tutorial = false) {
  const session = await openSession(browser);
  session.page.setDefaultTimeout(120_000);
  await session.page.goto(baseUrl());
  if (!tutorial) {
    await session.page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    // The tutorial reads its flag when the page loads.
    await session.page.reload();
  }
  await expect.poll(() => session.page.locator('#screen-title').isVisible(), BUSY).toBe(true);
  return session;
}

const visibleScreen = (page: Page): Promise<string | null> =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#main > .screen')].find((s) => !s.hidden)?.id ?? null);

const focusedId = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.id ?? null);

describe('the ways between screens', { timeout: 300_000 }, () => {
  it('leads from the title and the map to the map, the planner, the workshop and the editor, and back', async () => {
    const { page, errors } = await freshPage();
    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => visibleScreen(page), BUSY).toBe('screen-map');
    await page.locator('#map-back').click();
    await expect.poll(() => visibleScreen(page), BUSY).toBe('screen-title');

    await page.locator('#open-planner').click();
    await expect.poll(() => visibleScreen(page), BUSY).toBe('screen-planner');
    await page.locator('#planner-back').click();
    await expect.poll(() => visibleScreen(page), BUSY).toBe('screen-title');

    // The workshop by its address, so Back in the browser returns to the title.
    await page.locator('#open-workshop').click();
    await expect.poll(() => visibleScreen(page), BUSY).toBe('screen-workshop');
    expect(new URL(page.url()).hash).toBe('#workshop');
    await page.goBack();
    await expect.poll(() => visibleScreen(page), BUSY).toBe('screen-title');

    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => visibleScreen(page), BUSY).toBe('screen-map');
    await page.getByRole('button', { name: 'Make your own' }).click();
    await expect.poll(() => visibleScreen(page), BUSY).toBe('screen-editor');
    expect(errors).toEqual([]);
  });

  it("restarts the tutorial from the year report's Show tutorial", async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=7&play=1`);
    await expect.poll(() => gamePhase(page), BUSY).toBe('report');
    const skip = page.getByRole('button', { name: 'Skip tutorial' });
    expect(await skip.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show tutorial' }).click();
    await expect.poll(() => skip.isVisible(), BUSY).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('cpl:tutorial-done'))).toBeNull();
    expect(errors).toEqual([]);
  });

  it('moves focus between the title and its list of saved games: to the list when there is no room, to New game when the list empties', async () => {
    const { page, errors } = await freshPage();
    // Twenty damaged saves fill every slot.
    await page.evaluate(() => {
      for (let i = 0; i < 20; i += 1) {
        localStorage.setItem(`cpl:quarantine:2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`, '{"broken":');
      }
    });
    await page.reload();
    await expect.poll(() => page.locator('#saved-games').isVisible(), BUSY).toBe(true);
    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => page.locator('#save-notice').isVisible(), BUSY).toBe(true);
    expect(await focusedId(page)).toBe('saved-games-heading');
    expect(await visibleScreen(page)).toBe('screen-title');

    // Down to one save, then delete it from its button: the list hides, and focus goes to New game.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage).filter((k) => k.startsWith('cpl:quarantine:')).slice(1)) localStorage.removeItem(key);
    });
    await page.reload();
    const list = page.getByRole('region', { name: 'Saved games' });
    await expect.poll(() => list.getByRole('listitem').count(), BUSY).toBe(1);
    await list.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog', { name: 'Delete this damaged save?' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('#saved-games').isHidden(), BUSY).toBe(true);
    expect(await focusedId(page)).toBe('new-game');
    expect(errors).toEqual([]);
  });
});
