// Saved games in a real browser: a link is followed once and a reload resumes the game; each link
// or new game gets its own slot, listed on the title; Delete asks first; a damaged save is listed
// with its reason, downloadable and deletable; full storage is said; two tabs on one game never
// write over each other (Take over / Open a copy). Screenshots of the title with its list.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openSession, openTab, screenshot } from './browser';

/** A machine busy with other work may take many seconds to draw a screen: wait for states, up to this long. */
const BUSY = { timeout: 90_000, interval: 100 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const BROKEN = '{"format":"cluster-policy-lab/save","version":1,"seed":3,"log":[{"decisions":';

type Phase = 'planning' | 'event' | 'report' | 'debrief' | 'title' | 'other';

async function phase(page: Page): Promise<Phase> {
  if (await page.locator('#event-dialog[open]').count()) return 'event';
  if (await page.locator('#screen-title').isVisible()) return 'title';
  if (await page.locator('#screen-debrief').isVisible()) return 'debrief';
  if (await page.locator('#year-report').isVisible()) return 'report';
  if (await page.locator('#budget-panel').isVisible()) return 'planning';
  return 'other';
}

/** Plays the year on screen with the mouse (the event's first choice) and moves on to the next. */
async function playYear(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End year' }).click();
  await expect.poll(() => phase(page), BUSY).not.toBe('planning');
  if ((await phase(page)) === 'event') await page.locator('#event-dialog button.event-choice').first().click();
  await expect.poll(() => phase(page), BUSY).toBe('report');
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect.poll(() => phase(page), BUSY).toBe('planning');
}

const slotKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('cpl:game:')).sort());

const slotLog = (page: Page, key: string): Promise<number> =>
  page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? '{"log":[]}') as { log: unknown[] }).log.length, key);

const hud = (page: Page) => page.locator('#hud').textContent();

const savedGames = (page: Page) => page.getByRole('region', { name: 'Saved games' });

/** A fresh profile with the tutorial seen, on the title. */
async function freshPage(viewport?: { width: number; height: number }) {
  const session = await openSession(browser, viewport);
  // The machine may be busy with other work: a click that waits for the page is not a failure.
  session.page.setDefaultTimeout(120_000);
  await session.page.goto(baseUrl());
  await session.page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
  // The tutorial reads its flag when the page loads.
  await session.page.reload();
  return session;
}

async function quitToTitle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Quit to title' }).click();
  await expect.poll(() => phase(page), BUSY).toBe('title');
}

// Each test plays a few years in one or two pages: minutes on a machine busy with other work.
describe('saved games', { timeout: 360_000 }, () => {
  it('follows a link once: a reload resumes the same game at the same year, and the link is gone from the address', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=7&begin`);
    await expect.poll(() => phase(page), BUSY).toBe('planning');
    expect(new URL(page.url()).hash).toBe('');
    await playYear(page);
    await playYear(page);
    const before = await hud(page);
    const [key] = await slotKeys(page);
    expect(await slotLog(page, key!)).toBe(2);

    await page.reload();
    await expect.poll(() => phase(page), BUSY).toBe('planning');
    expect(await hud(page)).toBe(before);
    expect(new URL(page.url()).hash).toBe('');
    // Still one game, still two years: the reload neither restarted it nor emptied its log.
    expect(await slotKeys(page)).toEqual([key]);
    expect(await slotLog(page, key!)).toBe(2);
    await playYear(page);
    expect(await slotLog(page, key!)).toBe(3);
    expect(errors).toEqual([]);
  });

  it('gives a second link a second slot, lists both on the title, and deletes one only when confirmed', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=7&play=2`);
    await expect.poll(() => phase(page), BUSY).toBe('report');
    // A second link in the same tab: a new game; the first stays saved as it was.
    await page.goto(`${baseUrl()}#scenario=kamukunji-metalwork&seed=3&begin`);
    await expect.poll(() => page.locator('#hud').textContent(), BUSY).toMatch(/Kamukunji/);
    expect(await slotKeys(page)).toHaveLength(2);
    await quitToTitle(page);

    const list = savedGames(page);
    await expect.poll(() => list.isVisible(), BUSY).toBe(true);
    const items = list.getByRole('listitem');
    expect(await items.count()).toBe(2);
    // Most recent first: Kamukunji (just quit), then Sialkot after two years.
    expect(await items.nth(0).getByRole('heading').textContent()).toBe('Kamukunji');
    expect(await items.nth(1).getByRole('heading').textContent()).toBe('Sialkot');
    expect(await items.nth(1).textContent()).toMatch(/2003 · year 2 of 10/);
    expect(await items.nth(1).textContent()).toMatch(/Last played [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d/);
    expect(await list.textContent()).toMatch(/2 of at most 20 · saves use \d+ kB/);
    for (const name of ['Continue', 'Export', 'Delete']) {
      expect(await items.nth(1).getByRole('button', { name: new RegExp(`^${name} Sialkot`) }).count()).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);

    // Export downloads the game as a save file.
    const [file] = await Promise.all([page.waitForEvent('download'), items.nth(1).getByRole('button', { name: /^Export/ }).click()]);
    expect(file.suggestedFilename()).toBe('cluster-policy-lab-sialkot-2003.json');
    expect(JSON.parse(readFileSync((await file.path()) as string, 'utf8'))).toMatchObject({ seed: 7, log: [{}, {}] });

    // Delete asks first, naming the game; "Keep it" (focused) keeps it.
    await items.nth(0).getByRole('button', { name: /^Delete/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Kamukunji?' });
    await expect.poll(() => dialog.isVisible(), BUSY).toBe(true);
    expect(await dialog.textContent()).toMatch(/Kamukunji \(\d{4} · year 1 of 10\), last played/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'saved-games-delete-dialog');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count(), BUSY).toBe(0);
    expect(await slotKeys(page)).toHaveLength(2);
    // Escape keeps it too.
    await items.nth(0).getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => dialog.isVisible(), BUSY).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), BUSY).toBe(0);
    expect(await slotKeys(page)).toHaveLength(2);
    // Confirmed: gone, the other one still there and Continue resumes it.
    await items.nth(0).getByRole('button', { name: /^Delete/ }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => items.count(), BUSY).toBe(1);
    expect(await slotKeys(page)).toHaveLength(1);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect.poll(() => phase(page), BUSY).toBe('report');
    expect(await hud(page)).toMatch(/Sialkot/);
    expect(errors).toEqual([]);
  });

  it('lists a damaged save with its reason, downloadable as it was and deletable', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=7&play=1`);
    await expect.poll(() => phase(page), BUSY).toBe('report');
    await quitToTitle(page);
    await page.evaluate((text) => localStorage.setItem('cpl:game:broken', text), BROKEN);
    await page.reload();
    const items = savedGames(page).getByRole('listitem');
    await expect.poll(() => items.count(), BUSY).toBe(2);
    const damaged = items.filter({ hasText: 'Could not be loaded' });
    expect(await damaged.count()).toBe(1);
    expect(await damaged.textContent()).toMatch(/Could not be loaded: the file is not valid JSON: it ends too early, as if it was cut off\./);
    expect(await damaged.getByRole('button', { name: /^Continue/ }).count()).toBe(0);
    // The title's Continue still resumes the good game.
    expect(await page.getByRole('button', { name: 'Continue', exact: true }).isEnabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const [file] = await Promise.all([page.waitForEvent('download'), damaged.getByRole('button', { name: /^Download/ }).click()]);
    expect(readFileSync((await file.path()) as string, 'utf8')).toBe(BROKEN);
    await damaged.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog', { name: 'Delete this damaged save?' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => items.count(), BUSY).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('cpl:game:broken'))).toBeNull();
    expect(errors).toEqual([]);
  });

  it('says when storage is full, keeps the game going in memory, and offers Export before quitting', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=7&begin`);
    await expect.poll(() => phase(page), BUSY).toBe('planning');
    const [key] = await slotKeys(page);
    // Fill the rest of this origin's storage, to the last character (new keys, then one key grown).
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1_000_000);
      for (let i = 0; chunk.length > 0; ) {
        try {
          localStorage.setItem(`filler-${i++}`, chunk);
        } catch {
          chunk = chunk.slice(0, Math.floor(chunk.length / 2));
        }
      }
      for (let grown = localStorage.getItem('filler-0') ?? ''; ; ) {
        try {
          grown += 'x';
          localStorage.setItem('filler-0', grown);
        } catch {
          break;
        }
      }
    });
    await playYear(page);
    const status = page.locator('#game-menu [role="status"]');
    await expect.poll(() => status.textContent(), BUSY).toMatch(/Storage in this browser is full, so this game is not being saved/);
    expect(await slotLog(page, key!)).toBe(0);
    await screenshot(page, 'saved-games-storage-full');
    // The game goes on; Export gives all of it.
    await playYear(page);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export save' }).click()]);
    expect((JSON.parse(readFileSync((await file.path()) as string, 'utf8')) as { log: unknown[] }).log).toHaveLength(2);
    // Quitting asks first.
    await page.getByRole('button', { name: 'Quit to title' }).click();
    const ask = page.getByRole('dialog', { name: 'Quit without saving?' });
    await expect.poll(() => ask.isVisible(), BUSY).toBe(true);
    await ask.getByRole('button', { name: 'Keep playing' }).click();
    expect(await phase(page)).toBe('planning');
    // Room again: the next year is saved, all three years of it.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
    });
    await playYear(page);
    await expect.poll(() => status.isVisible(), BUSY).toBe(false);
    expect(await slotLog(page, key!)).toBe(3);
    expect(errors).toEqual([]);
  });

  it('two tabs on one game: the second is offered Take over or Open a copy; taking over stops the first, and no year is lost', async () => {
    const first = await freshPage();
    const a = first.page;
    await a.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=7&begin`);
    await expect.poll(() => phase(a), BUSY).toBe('planning');
    await playYear(a);
    await a.getByRole('spinbutton', { name: /Training/ }).fill('0.7');
    await a.getByRole('spinbutton', { name: /Training/ }).press('Tab');
    const [key] = await slotKeys(a);

    // The same browser profile, another tab: Continue finds the game open in the first.
    const b = await openTab(first);
    b.setDefaultTimeout(120_000);
    await b.goto(baseUrl());
    await b.getByRole('button', { name: 'Continue', exact: true }).click();
    const busy = b.getByRole('dialog', { name: 'This game is open in another tab' });
    await expect.poll(() => busy.isVisible(), BUSY).toBe(true);
    expect(await busy.textContent()).toMatch(/Sialkot \(2003 · year 2 of 10\) is being played in another tab/);
    expect(await axeViolations(b)).toEqual([]);
    await screenshot(b, 'saved-games-take-over-dialog');
    await busy.getByRole('button', { name: 'Take over' }).click();

    // The second tab goes on from where the first was, the draft included; the first says it stopped.
    await expect.poll(() => phase(b), BUSY).toBe('planning');
    expect(await b.getByRole('spinbutton', { name: /Training/ }).inputValue()).toBe('0.7');
    const moved = a.getByRole('dialog', { name: 'This game is now open in another tab' });
    await expect.poll(() => moved.isVisible(), BUSY).toBe(true);
    await screenshot(a, 'saved-games-moved-dialog');
    await playYear(b);
    expect(await slotLog(b, key!)).toBe(2);
    const afterB = await b.evaluate((k) => localStorage.getItem(k), key!);
    // The first tab, leaving or hidden, writes nothing (it no longer holds the game).
    await a.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await a.evaluate((k) => localStorage.getItem(k), key!)).toBe(afterB);
    expect(await slotKeys(a)).toEqual([key]);

    // Back to its title, the first tab opens a copy instead.
    await moved.getByRole('button', { name: 'Back to the title' }).click();
    await expect.poll(() => phase(a), BUSY).toBe('title');
    await a.getByRole('button', { name: 'Continue', exact: true }).click();
    const busyA = a.getByRole('dialog', { name: 'This game is open in another tab' });
    await expect.poll(() => busyA.isVisible(), BUSY).toBe(true);
    await busyA.getByRole('button', { name: 'Open a copy' }).click();
    await expect.poll(() => phase(a), BUSY).toBe('planning');
    const keys = await slotKeys(a);
    expect(keys).toHaveLength(2);
    const copy = keys.find((k) => k !== key)!;
    expect(await slotLog(a, copy)).toBe(2);
    await playYear(a);
    expect(await slotLog(a, copy)).toBe(3);
    expect(await slotLog(a, key!)).toBe(2);
    expect(first.errors).toEqual([]);
  }, 480_000);
});

describe('the title with saved games, as it looks', { timeout: 240_000 }, () => {
  /** Three games and a damaged save, built once and copied into each profile. */
  let stored: [string, string][] = [];

  beforeAll(async () => {
    const { page, context } = await freshPage();
    page.setDefaultTimeout(200_000);
    const links = [
      '#scenario=sialkot-surgical&seed=5&play=3',
      '#scenario=sinos-valley-footwear&seed=2&play=1',
      '#scenario=suame-magazine&seed=4&play=5',
    ];
    for (const [i, link] of links.entries()) {
      await page.goto(`${baseUrl()}${link}`);
      await page.waitForFunction((n) => Object.keys(localStorage).filter((key) => key.startsWith('cpl:game:')).length === n, i + 1);
    }
    stored = await page.evaluate(() =>
      Object.entries(localStorage).filter(([key]) => key.startsWith('cpl:game') || key === 'cpl:tutorial-done'),
    );
    stored.push(['cpl:game:zz-damaged', BROKEN]);
    await context.close();
  }, 420_000);

  for (const { name, viewport, locale } of [
    { name: '360', viewport: { width: 360, height: 740 }, locale: 'en' },
    { name: '1366', viewport: { width: 1366, height: 768 }, locale: 'en' },
    { name: '1920', viewport: { width: 1920, height: 1080 }, locale: 'en' },
    { name: 'ar-360', viewport: { width: 360, height: 740 }, locale: 'ar' },
    { name: 'ar-1366', viewport: { width: 1366, height: 768 }, locale: 'ar' },
    { name: 'fr-1366', viewport: { width: 1366, height: 768 }, locale: 'fr' },
  ]) {
    it(`at ${name}: four entries, no sideways scrolling, axe clean`, async () => {
      const { page, errors, context } = await openSession(browser, viewport);
      await page.goto(baseUrl());
      await page.evaluate(
        ({ items, lang }) => {
          for (const [key, value] of items) localStorage.setItem(key, value);
          localStorage.setItem('cpl:locale', lang);
        },
        { items: stored, lang: locale },
      );
      await page.reload();
      const items = page.locator('#saved-games li');
      await expect.poll(() => items.count(), BUSY).toBe(4);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const text = (await page.locator('#saved-games').innerText()).replace(/\s+/g, ' ');
      if (locale === 'en') expect(text).toMatch(/Last played [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d/);
      if (locale === 'fr') expect(text).toMatch(/Dernière partie le \d{1,2} [a-zéû]+ \d{4} à \d\d:\d\d/);
      // Arabic: the month's Arabic name, Latin digits like the rest of the game.
      if (locale === 'ar') expect(text).toMatch(/\d{1,2} (يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}/);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `saved-games-title-${name}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
