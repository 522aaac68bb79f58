// A workshop team in a real browser (issue 11): joins by the join link with a session code made here,
// plays two years of the ordinary game under the session's settings (the play screen says which
// session and team, with the timer's countdown and the roles), hands in at the end of a year, and the
// result code decodes to the very decisions the game saved. A second team on the same device (hot
// seat), switching back, each game kept apart; a bad session code gets its one message. At 360x740;
// axe clean; no console errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decodeResultCode } from '../../src/platform/workshop-result-code';
import { encodeSessionCode, LATEST_SESSION_CODE_VERSION, sealSessionBits } from '../../src/platform/workshop-session-code';
import { defaultSessionSettings } from '../../src/view/workshop-session';
import { axeViolations, baseUrl, cspViolations, launch, openSession, screenshot } from './browser';

const BUSY = { timeout: 90_000, interval: 100 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const settings = { ...defaultSessionSettings('sialkot-surgical', 4242), termYears: 4, timerMinutes: 7, roles: true };
const CODE = encodeSessionCode(settings);

type Phase = 'briefing' | 'planning' | 'event' | 'report' | 'debrief' | 'workshop' | 'other';

async function phase(page: Page): Promise<Phase> {
  if (await page.locator('#event-dialog[open]').count()) return 'event';
  if (await page.locator('#screen-workshop').isVisible()) return 'workshop';
  if (await page.locator('#screen-briefing').isVisible()) return 'briefing';
  if (await page.locator('#screen-debrief').isVisible()) return 'debrief';
  if (await page.locator('#year-report').isVisible()) return 'report';
  if (await page.locator('#budget-panel').isVisible()) return 'planning';
  return 'other';
}

/** Ends the year on screen (the event's first choice) and waits for the year report. */
async function endYear(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End year' }).click();
  await expect.poll(() => phase(page), BUSY).not.toBe('planning');
  if ((await phase(page)) === 'event') await page.locator('#event-dialog button.event-choice').first().click();
  await expect.poll(() => phase(page), BUSY).toBe('report');
}

async function nextYear(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect.poll(() => phase(page), BUSY).toBe('planning');
}

/** Joins with the form on screen and starts the term from the briefing. */
async function join(page: Page, team: string, code?: string): Promise<void> {
  if (code !== undefined) await page.getByRole('textbox', { name: 'Session code' }).fill(code);
  await page.getByRole('textbox', { name: 'Team name' }).fill(team);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect.poll(() => phase(page), BUSY).toBe('briefing');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => phase(page), BUSY).toBe('planning');
}

const bar = (page: Page) => page.getByRole('region', { name: /^Session / });

async function slotsByTeam(page: Page): Promise<Record<string, { log: unknown[]; workshop: { sessionCode: string } }>> {
  return page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('cpl:game:'))) {
      const save = JSON.parse(localStorage.getItem(key) ?? '{}') as { workshop?: { teamName: string } };
      if (save.workshop) out[save.workshop.teamName] = save;
    }
    return out;
  }) as never;
}

describe('a workshop team', () => {
  it('joins by link, plays two years, hands in a code that replays its decisions, and shares the device with a second team', async () => {
    const { page, errors, context } = await openSession(browser, { width: 360, height: 740 });
    page.setDefaultTimeout(120_000);
    await context.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));
    // A first visit by the join link, as a phone that scanned the QR code would make it.
    await page.goto(`${baseUrl()}#workshop&join=${CODE}`);

    // The join link fills the session code; the session says what it plays.
    const codeField = page.getByRole('textbox', { name: 'Session code' });
    await expect.poll(() => codeField.inputValue(), BUSY).toBe(CODE);
    await expect
      .poll(async () =>
        (await page.locator('#workshop-join-code-status').textContent())?.replace(/[\u2068\u2069]/g, ''),
      )
      .toMatch(/Sialkot · 4 years · US\$\u00a020\.0\u00a0m a year · Normal · 7 min a year · with roles/);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Minister of Labor' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // A team without a name is told so.
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Give your team a name.' }).count()).toBe(1);
    await page.getByRole('checkbox', { name: 'TNC representative' }).uncheck();
    await join(page, 'Red team');
    // Joining took the workshop's address away: a reload resumes the game.
    expect(new URL(page.url()).hash).toBe('');

    // The play screen says which session and team; the timer counts down; roles have their briefs.
    await expect.poll(() => bar(page).textContent(), BUSY).toContain(`Session ${CODE}`);
    expect(await bar(page).textContent()).toContain('Team Red team');
    const clock = page.getByRole('timer');
    await expect.poll(() => clock.textContent()).toMatch(/^[67]:\d\d$/);
    await page.getByText('Roles: briefs and concerns').click();
    await page.getByRole('combobox', { name: 'Role' }).selectOption('labor');
    await expect.poll(() => bar(page).textContent()).toContain('Your concerns');
    expect(await page.getByRole('combobox', { name: 'Role' }).locator('option').allTextContents()).not.toContain(
      'TNC representative',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Year 1: a decision of its own; year 2: another.
    await page.getByRole('slider', { name: 'Training' }).focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await endYear(page);
    await nextYear(page);
    await page.getByRole('combobox', { name: 'Incentive target' }).selectOption('sme');
    await endYear(page);
    // The approval split by role: after a year each constituency is judged.
    await expect.poll(() => page.locator('.workshop-bar__mood').textContent()).toMatch(/constituenc/);

    // Hand in results, at the end of the year.
    await page.getByRole('button', { name: 'Hand in results' }).click();
    const resultField = page.getByRole('textbox', { name: 'Result code' });
    await expect.poll(() => resultField.inputValue(), BUSY).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{1,5})+$/);
    expect(await resultField.getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => page.getByRole('img', { name: 'QR code of the result code' }).count()).toBe(1);
    const code = await resultField.inputValue();
    const saves = await slotsByTeam(page);
    const red = saves['Red team'];
    expect(red?.log).toHaveLength(2);
    const result = decodeResultCode(code, settings);
    expect(result.teamName).toBe('Red team');
    expect(result.log).toEqual(red?.log);
    // The file holds the same code.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the code' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^result-red-team-\d{4}\.txt$/);
    await screenshot(page, 'workshop-team-hand-in-360');
    expect(await axeViolations(page)).toEqual([]);
    await nextYear(page);

    // Hot seat: a second team on the same device, then back to the first.
    await page.getByRole('button', { name: 'Switch team' }).click();
    await expect.poll(() => phase(page), BUSY).toBe('workshop');
    await expect.poll(() => page.getByRole('button', { name: 'Continue Red team' }).count(), BUSY).toBe(1);
    await page.getByRole('button', { name: 'Join a session' }).click();
    await join(page, 'Blue team', CODE.toLowerCase());
    await expect.poll(() => bar(page).textContent(), BUSY).toContain('Team Blue team');
    await endYear(page);
    await nextYear(page);
    await page.getByRole('button', { name: 'Switch team' }).click();
    await expect.poll(() => page.locator('.workshop-team').count(), BUSY).toBe(2);
    expect(await page.locator('.workshop-teams').textContent()).toMatch(/Blue team.*Sialkot · \d{4}, year 2 of 4/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue Red team' }).click();
    await expect.poll(() => phase(page), BUSY).toBe('planning');
    expect(await bar(page).textContent()).toContain('Team Red team');
    expect(await page.locator('#hud').textContent()).toMatch(/year 3 of 4/);
    const after = await slotsByTeam(page);
    expect(after['Red team']?.log).toHaveLength(2);
    expect(after['Blue team']?.log).toHaveLength(1);
    // Joining again under the same name continues that team's game rather than starting another.
    await page.getByRole('button', { name: 'Switch team' }).click();
    await page.getByRole('button', { name: 'Join a session' }).click();
    await page.getByRole('textbox', { name: 'Session code' }).fill(CODE);
    await page.getByRole('textbox', { name: 'Team name' }).fill('blue  TEAM');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => phase(page), BUSY).toBe('planning');
    expect(await bar(page).textContent()).toContain('Team Blue team');
    expect(Object.keys(await slotsByTeam(page)).sort()).toEqual(['Blue team', 'Red team']);

    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a bad session code with one clear message', async () => {
    const { page, errors, context } = await openSession(browser);
    page.setDefaultTimeout(120_000);
    const chars = CODE.replace(/-/g, '');
    const mistyped = `${chars.slice(0, 5)}${chars[5] === 'A' ? 'B' : 'A'}${chars.slice(6)}`;
    // A join link with a damaged code says so at once.
    await page.goto(`${baseUrl()}#workshop&join=${mistyped}`);
    const codeField = page.getByRole('textbox', { name: 'Session code' });
    await expect.poll(() => codeField.isVisible(), BUSY).toBe(true);
    await expect
      .poll(() => page.locator('#workshop-join-code-error').textContent(), BUSY)
      .toBe('A character is mistyped: check the code against the original.');
    const newer = sealSessionBits(LATEST_SESSION_CODE_VERSION + 1, new Array<number>(40).fill(0));
    for (const [code, message] of [
      [mistyped, 'A character is mistyped: check the code against the original.'],
      [chars.slice(0, -2), 'The code is too short: a character is missing.'],
      [newer, 'This code was made by a newer version of Cluster Policy Lab: open that version to read it.'],
    ] as const) {
      await codeField.fill(code);
      await page.getByRole('textbox', { name: 'Team name' }).fill('Green');
      await page.getByRole('button', { name: 'Join', exact: true }).click();
      await expect.poll(() => page.locator('#workshop-join-code-error').textContent(), BUSY).toBe(message);
      expect(await codeField.getAttribute('aria-invalid')).toBe('true');
      expect(await phase(page)).toBe('workshop');
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cpl:game:')).length)).toBe(
      0,
    );

    // The right code joins; at the end of the term the debrief hands in too.
    const short = { ...settings, termYears: 1, timerMinutes: null, roles: false };
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.reload();
    await join(page, 'Green', encodeSessionCode(short));
    await expect.poll(() => page.getByRole('timer').count()).toBe(0);
    await endYear(page);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await expect.poll(() => phase(page), BUSY).toBe('debrief');
    await page.getByRole('button', { name: 'Hand in results' }).click();
    const field = page.getByRole('textbox', { name: 'Result code' });
    await expect.poll(() => field.inputValue(), BUSY).not.toBe('');
    const result = decodeResultCode(await field.inputValue(), short);
    expect(result.teamName).toBe('Green');
    expect(result.log).toHaveLength(1);
    await screenshot(page, 'workshop-team-debrief-hand-in');
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
