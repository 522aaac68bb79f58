// A workshop on a scenario of the facilitator's own, in real browsers: the facilitator saves a
// scenario in the editor and sets up a session on it; a team opens the join link in a fresh browser
// (no storage: the link carries the scenario), plays a year and hands in; another fresh browser types
// the code, is told it lacks the scenario and opens the scenario file the facilitator downloaded; the
// facilitator's dashboard reads the result code. Screenshots of the setup and the join screen at
// 360x740 and 1366x768, and in Arabic. axe clean; no console errors.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { scenarioSchema } from '../../src/scenario';
import { axeViolations, baseUrl, gamePhase, launch, openSession, screenshot, type Session } from './browser';

const BUSY = { timeout: 90_000, interval: 100 };
const NAME = 'Textile Town';
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1366, height: 768 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** A fresh browser (no storage), past the tutorial. */
async function freshTeam(viewport: { width: number; height: number }, locale?: string): Promise<Session> {
  const session = await openSession(browser, viewport);
  await session.context.addInitScript((lang) => {
    localStorage.setItem('cpl:tutorial-done', '1');
    if (lang) localStorage.setItem('cpl:locale', lang);
  }, locale ?? '');
  session.page.setDefaultTimeout(120_000);
  return session;
}

describe('a workshop on a scenario made in the editor', () => {
  it('is set up on a saved scenario; a fresh browser joins by link, plays a year and hands in; the dashboard reads it', async () => {
    const facilitator = await openSession(browser, LAPTOP);
    const { page } = facilitator;
    page.setDefaultTimeout(120_000);
    await page.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));

    // The scenario editor: Kamukunji under a name of our own, saved in this browser.
    await page.goto(`${baseUrl()}#editor`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.editor), BUSY).toBe('ready');
    await page.getByLabel('Scenario or archetype').selectOption({ label: 'Kamukunji' });
    await page.getByRole('button', { name: 'Start from this one' }).click();
    await expect.poll(() => page.locator('#ed-id').inputValue(), BUSY).toBe('my-kamukunji-metalwork');
    await page.locator('#ed-name').fill(NAME);
    await page.locator('#ed-shortName').fill(NAME);
    await expect.poll(() => page.getByRole('button', { name: 'Save', exact: true }).isEnabled(), BUSY).toBe(true);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.editor-saved__name').allTextContents(), BUSY).toEqual([NAME]);

    // Session setup: the saved scenario beside the built-in ones.
    await page.goto(`${baseUrl()}#workshop&setup`);
    const scenarioSelect = page.locator('#workshop-setup-scenario');
    await expect.poll(() => scenarioSelect.locator('optgroup').count(), BUSY).toBe(2);
    await scenarioSelect.selectOption({ label: NAME });
    await page.getByLabel('Number of teams').fill('2');
    await page.getByLabel('Term length (years)').fill('2');
    await page.getByRole('button', { name: 'Create session' }).click();
    const codeField = page.getByRole('textbox', { name: 'Session code' });
    await expect.poll(() => codeField.inputValue(), BUSY).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const sessionCode = await codeField.inputValue();
    const link = await page.getByRole('textbox', { name: 'Join link' }).inputValue();
    // The link carries the scenario; the QR code the short link (a scenario is far too big for a QR code).
    expect(link).toContain(`#workshop&join=${sessionCode}&scenario-data=`);
    const shortLink = link.slice(0, link.indexOf('&scenario-data='));
    expect(shortLink).toMatch(new RegExp(`#workshop&join=${sessionCode}$`));
    expect(await page.locator('.workshop-qr-box svg').getAttribute('data-qr-text')).toBe(shortLink);
    await expect.poll(() => page.locator('.workshop-custom-note').textContent()).toContain(`“${NAME}” is a scenario of your own`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workshop-custom-setup-1366');
    await page.setViewportSize(PHONE);
    expect(await noSideScroll(page)).toBe(true);
    await screenshot(page, 'workshop-custom-setup-360');
    await page.setViewportSize(LAPTOP);

    // The scenario file to hand out: the scenario, valid.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the scenario file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('workshop-scenario-my-kamukunji-metalwork.json');
    const filePath = (await file.path()) as string;
    expect(scenarioSchema.parse(JSON.parse(readFileSync(filePath, 'utf8'))).name).toBe(NAME);

    // A team on a phone, in a fresh browser, opens the join link: the scenario comes with it.
    const team = await freshTeam(PHONE);
    await team.page.goto(link);
    await expect.poll(() => team.page.locator('#workshop-join-code').inputValue(), BUSY).toBe(sessionCode);
    await expect
      .poll(() => team.page.locator('.workshop-join__status[role="status"]').textContent(), BUSY)
      .toBe(`The scenario “${NAME}” is on this device now.`);
    await expect.poll(() => team.page.locator('#workshop-join-code-status').textContent(), BUSY).toContain(NAME);
    expect(await noSideScroll(team.page)).toBe(true);
    expect(await axeViolations(team.page)).toEqual([]);
    await screenshot(team.page, 'workshop-custom-join-360');
    await team.page.getByRole('textbox', { name: 'Team name' }).fill('Weavers');
    await team.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => team.page.getByRole('button', { name: 'Start' }).isVisible(), BUSY).toBe(true);
    await team.page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => team.page.getByRole('button', { name: 'End year' }).isVisible(), BUSY).toBe(true);
    await team.page.getByRole('slider', { name: 'Training' }).focus();
    for (let i = 0; i < 10; i++) await team.page.keyboard.press('ArrowRight');
    await team.page.getByRole('button', { name: 'End year' }).click();
    await expect.poll(() => gamePhase(team.page), BUSY).toMatch(/event|report/);
    if ((await gamePhase(team.page)) === 'event') await team.page.locator('#event-dialog button.event-choice >> nth=0').click();
    await expect.poll(() => gamePhase(team.page), BUSY).toBe('report');
    await team.page.getByRole('button', { name: 'Hand in results' }).click();
    const resultField = team.page.getByRole('textbox', { name: 'Result code' });
    await expect.poll(() => resultField.inputValue(), BUSY).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{1,5})+$/);
    const resultCode = await resultField.inputValue();
    expect(team.errors).toEqual([]);
    await team.context.close();

    // Another fresh browser types the code: told it lacks the scenario, it opens the file.
    const typed = await freshTeam(LAPTOP);
    await typed.page.goto(`${baseUrl()}#workshop&join`);
    await typed.page.getByRole('textbox', { name: 'Session code' }).fill(sessionCode);
    const codeError = typed.page.locator('#workshop-join-code-error');
    await expect.poll(() => codeError.textContent(), BUSY).toContain('this device does not have it');
    expect(await typed.page.getByRole('button', { name: 'Open the scenario file' }).isVisible()).toBe(true);
    const fileInput = typed.page.locator('#workshop-join-scenario-file');
    expect(await axeViolations(typed.page)).toEqual([]);
    await screenshot(typed.page, 'workshop-custom-join-missing-1366');
    await fileInput.setInputFiles(filePath);
    await expect.poll(() => typed.page.locator('#workshop-join-code-status').textContent(), BUSY).toContain(NAME);
    expect(await codeError.isHidden()).toBe(true);
    await screenshot(typed.page, 'workshop-custom-join-1366');
    expect(typed.errors).toEqual([]);
    await typed.context.close();

    // The same screens in Arabic.
    const arabic = await freshTeam(PHONE, 'ar');
    await arabic.page.goto(link);
    await expect.poll(() => arabic.page.locator('#workshop-join-code-status').textContent(), BUSY).not.toBe('');
    await expect.poll(() => arabic.page.locator('html').getAttribute('dir'), BUSY).toBe('rtl');
    expect(await noSideScroll(arabic.page)).toBe(true);
    await screenshot(arabic.page, 'workshop-custom-join-360-ar');
    expect(arabic.errors).toEqual([]);
    await arabic.context.close();

    // The dashboard replays the team's year with the same scenario.
    await page.getByRole('button', { name: 'Open dashboard' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Add result' }).isVisible(), BUSY).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: `Dashboard: ${NAME}` }).isVisible(), BUSY).toBe(true);
    await page.getByRole('textbox', { name: 'Result code' }).fill(resultCode);
    await page.getByRole('button', { name: 'Add result' }).click();
    await expect.poll(() => page.locator('.ws-team-table tbody th[scope="row"]').allInnerTexts(), BUSY).toContain('Weavers');
    expect(await axeViolations(page)).toEqual([]);

    // The facilitator's setup in Arabic.
    await page.evaluate(() => localStorage.setItem('cpl:locale', 'ar'));
    await page.goto(`${baseUrl()}#workshop&setup`);
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('dir'), BUSY).toBe('rtl');
    await expect.poll(() => page.locator('#workshop-setup-scenario optgroup').count(), BUSY).toBe(2);
    await page.locator('#workshop-setup-scenario').selectOption({ label: NAME });
    await page.locator('.workshop-setup-form button[type="submit"]').click();
    await expect.poll(() => page.locator('.workshop-custom-note').isVisible(), BUSY).toBe(true);
    await screenshot(page, 'workshop-custom-setup-1366-ar');
    expect(facilitator.errors).toEqual([]);
  });
});
