// Saves in a real browser: a corrupt save of an earlier version and a corrupt imported file each get
// a clear reason and a fresh start, the bad data is kept for download, and an exported save imports back.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openSession, screenshot } from './browser';

/** A machine busy with other work may take many seconds to draw a screen: wait for states, up to this long. */
const BUSY = { timeout: 90_000, interval: 100 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const slotKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('cpl:game:')).sort());

describe('saves', () => {
  it('meets a corrupt save of an earlier version with a clear reason in the list, keeps the bad data, and starts fresh', async () => {
    const { page, errors } = await openSession(browser);
    page.setDefaultTimeout(120_000);
    await page.goto(baseUrl());
    const broken = '{"format":"cluster-policy-lab/save","version":1,"seed":3,"log":[{"decisions":';
    await page.evaluate((text) => localStorage.setItem('cpl:autosave', text), broken);
    await page.reload();
    // Moved into a slot of its own, listed as damaged with its reason; there is no game to continue.
    const damaged = page.getByRole('region', { name: 'Saved games' }).getByRole('listitem');
    await expect.poll(() => damaged.count(), BUSY).toBe(1);
    expect(await damaged.textContent()).toMatch(/Could not be loaded: the file is not valid JSON: it ends too early/);
    expect(await page.getByRole('button', { name: 'Continue', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'saves-corrupt-autosave');

    // Nothing is lost: the bad text is kept and can be downloaded as it was.
    const kept = await slotKeys(page);
    expect(kept).toHaveLength(1);
    expect(await page.evaluate(() => localStorage.getItem('cpl:autosave'))).toBeNull();
    expect(await page.evaluate((key) => localStorage.getItem(key), kept[0]!)).toBe(broken);
    const [file] = await Promise.all([page.waitForEvent('download'), damaged.getByRole('button', { name: /^Download/ }).click()]);
    expect(readFileSync((await file.path()) as string, 'utf8')).toBe(broken);

    // A fresh game starts normally, in a slot of its own.
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('#cluster-list').getByRole('button', { name: 'Suame Magazine' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('#budget-panel').isVisible(), BUSY).toBe(true);
    await expect.poll(() => slotKeys(page).then((keys) => keys.length), BUSY).toBe(2);
    expect(await page.evaluate((key) => localStorage.getItem(key), kept[0]!)).toBe(broken);
    expect(errors).toEqual([]);
  });

  it('imports a corrupt save file with a message that names the problem, and the saved game is unchanged', async () => {
    const { page, errors } = await openSession(browser);
    page.setDefaultTimeout(120_000);
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#scenario=kamukunji-metalwork&seed=2&play=2`);
    await page.getByRole('button', { name: 'Quit to title' }).click();
    await expect.poll(() => page.locator('#screen-title').isVisible(), BUSY).toBe(true);
    const [slot] = await slotKeys(page);
    const before = await page.evaluate((key) => localStorage.getItem(key), slot!);
    expect(before).not.toBeNull();

    const save = JSON.parse(before!) as { log: { decisions: { allocation: { training: number } } }[] };
    save.log[0]!.decisions.allocation.training = 1.5;
    await page.locator('#save-controls input[type="file"]').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(save)) });
    const notice = page.locator('#save-notice');
    await expect.poll(() => notice.isVisible(), BUSY).toBe(true);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toMatch(/"tampered\.json" could not be loaded: log\[0\]\.decisions\.allocation\.training: must be at most 1/);
    await screenshot(page, 'saves-corrupt-import');
    // Kept in the list as a damaged save named after its file; the saved game is as it was.
    const items = page.getByRole('region', { name: 'Saved games' }).getByRole('listitem');
    await expect.poll(() => items.count(), BUSY).toBe(2);
    const damaged = items.filter({ hasText: 'Kamukunji (damaged save)' });
    expect(await damaged.count()).toBe(1);
    expect(await damaged.textContent()).toMatch(/Could not be loaded: log\[0\]\.decisions\.allocation\.training: must be at most 1\..*Imported from tampered\.json/);
    expect(await page.evaluate((key) => localStorage.getItem(key), slot!)).toBe(before);

    // Continue still resumes the game that was there.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect.poll(() => page.locator('#screen-play').isVisible(), BUSY).toBe(true);
    expect(errors).toEqual([]);
  });

  it('exports the current game to a file that imports back to the same year', async () => {
    const { page, errors } = await openSession(browser);
    page.setDefaultTimeout(120_000);
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#scenario=guadalajara-electronics&seed=9&play=3`);
    await page.getByRole('button', { name: 'Next year' }).click();
    await expect.poll(() => page.locator('#budget-panel').isVisible(), BUSY).toBe(true);
    const hud = await page.locator('#hud').textContent();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export save' }).click()]);
    const text = readFileSync((await file.path()) as string, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'cluster-policy-lab/save', version: 1, seed: 9 });

    // In a fresh browser profile, import it.
    const other = await openSession(browser);
    other.page.setDefaultTimeout(120_000);
    await other.page.goto(baseUrl());
    await other.page.locator('#save-controls input[type="file"]').setInputFiles({ name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => other.page.locator('#budget-panel').isVisible(), BUSY).toBe(true);
    expect(await other.page.locator('#hud').textContent()).toBe(hud);
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });
});
