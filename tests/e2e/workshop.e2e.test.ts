// A whole workshop in real browsers (issue 11): a facilitator sets up a session; three teams, each in
// a browser of its own (one a phone at 360x740), join by code, play the whole term with different
// strategies and hand in their result codes; the dashboard replays all three and shows the numbers
// each team saw; a tampered code is refused. axe clean on the workshop screens; no console errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CROCKFORD_ALPHABET } from '../../src/platform/code-bits';
import { axeViolations, baseUrl, launch, openSession, type Session } from './browser';

const BUSY = { timeout: 90_000, interval: 100 };
const TERM = 3;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const reportOpen = (page: Page) => page.locator('#year-report').isVisible();
const eventOpen = (page: Page) =>
  page
    .locator('#event-dialog[open]')
    .count()
    .then((n) => n > 0);
const digits = (text: string | null) => (text ?? '').replace(/[^\d.]/g, '');

interface Team {
  name: string;
  viewport: { width: number; height: number };
  /** What the team does before the first year: a budget line pushed up with the keyboard, or nothing. */
  line: string | null;
  choice: 'first' | 'last';
}

const TEAMS: Team[] = [
  { name: 'Skills', viewport: { width: 1366, height: 768 }, line: 'Training', choice: 'first' },
  { name: 'Roads', viewport: { width: 360, height: 740 }, line: 'Infrastructure', choice: 'last' },
  { name: 'Wait', viewport: { width: 1024, height: 768 }, line: null, choice: 'last' },
];

/** A team joins by code, plays the whole term and hands in: its result code and the jobs it saw at the end. */
async function playTeam(session: Session, team: Team, sessionCode: string): Promise<{ code: string; jobs: string }> {
  const { page } = session;
  page.setDefaultTimeout(120_000);
  await page.goto(`${baseUrl()}#workshop`);
  await page.getByRole('button', { name: 'Join a session' }).click();
  await page.getByRole('textbox', { name: 'Session code' }).fill(sessionCode);
  await page.getByRole('textbox', { name: 'Team name' }).fill(team.name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Start' }).isVisible(), BUSY).toBe(true);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'End year' }).isVisible(), BUSY).toBe(true);
  if (team.line) {
    await page.getByRole('slider', { name: team.line }).focus();
    for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  }
  for (let year = 1; year <= TERM; year++) {
    await page.getByRole('button', { name: 'End year' }).click();
    await expect.poll(async () => (await eventOpen(page)) || (await reportOpen(page)), BUSY).toBe(true);
    if (await eventOpen(page))
      await page.locator(`#event-dialog button.event-choice >> nth=${team.choice === 'first' ? 0 : -1}`).click();
    await expect.poll(() => reportOpen(page), BUSY).toBe(true);
    if (year < TERM) {
      await page.getByRole('button', { name: 'Next year' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'End year' }).isVisible(), BUSY).toBe(true);
    }
  }
  const jobs = (await page.locator('.indicator--jobs .indicator__value').textContent()) ?? '';
  await page.getByRole('button', { name: 'Hand in results' }).click();
  const field = page.getByRole('textbox', { name: 'Result code' });
  await expect.poll(() => field.inputValue(), BUSY).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{1,5})+$/);
  expect(await axeViolations(page)).toEqual([]);
  return { code: await field.inputValue(), jobs };
}

describe('a workshop', () => {
  it('runs from setup to the dashboard: three teams in their own browsers hand in codes, a tampered one is refused', async () => {
    const facilitator = await openSession(browser, { width: 1366, height: 768 });
    const { page } = facilitator;
    page.setDefaultTimeout(120_000);
    await page.goto(`${baseUrl()}#workshop`);
    await page.getByRole('button', { name: 'Set up a session' }).click();
    await page.getByLabel('Scenario').selectOption('kamukunji-metalwork');
    await page.getByLabel('Number of teams').fill('3');
    await page.getByLabel('Term length (years)').fill(String(TERM));
    await page.getByRole('button', { name: 'Create session' }).click();
    const codeField = page.getByRole('textbox', { name: 'Session code' });
    await expect.poll(() => codeField.inputValue(), BUSY).toMatch(/^[0-9A-Z]{4}-/);
    const sessionCode = await codeField.inputValue();
    expect(await axeViolations(page)).toEqual([]);

    // The teams, one after another (one browser at a time on a small machine), each in its own context.
    const results: Record<string, { code: string; jobs: string }> = {};
    const teamErrors: string[] = [];
    for (const team of TEAMS) {
      const session = await openSession(browser, team.viewport);
      await session.context.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));
      results[team.name] = await playTeam(session, team, sessionCode);
      teamErrors.push(...session.errors.map((e) => `${team.name}: ${e}`));
      await session.context.close();
    }
    expect(teamErrors).toEqual([]);
    // Different strategies, different outcomes.
    expect(new Set(Object.values(results).map((r) => r.code)).size).toBe(3);

    await page.getByRole('button', { name: 'Open dashboard' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Add result' }).isVisible(), BUSY).toBe(true);
    for (const team of TEAMS) {
      await page.getByRole('textbox', { name: 'Result code' }).fill(results[team.name]!.code);
      await page.getByRole('button', { name: 'Add result' }).click();
      await expect
        .poll(() => page.locator('.ws-team-table tbody th[scope="row"]').allInnerTexts(), BUSY)
        .toContain(team.name);
    }
    // A tampered code: one character changed; one message, nothing changed.
    const before = await page.locator('.ws-team-table tbody').innerText();
    const chars = results.Skills!.code.split('');
    const at = chars.findIndex((c, i) => i > 8 && c !== '-');
    chars[at] = CROCKFORD_ALPHABET[(CROCKFORD_ALPHABET.indexOf(chars[at] as string) + 1) % 32] as string;
    const tampered = chars.join('');
    await page.getByRole('textbox', { name: 'Result code' }).fill(tampered);
    await page.getByRole('button', { name: 'Add result' }).click();
    await expect.poll(() => page.locator('.ws-message--problem').isVisible(), BUSY).toBe(true);
    expect(await page.locator('.ws-team-table tbody').innerText()).toBe(before);

    // The employment table, replayed from the codes: each team's last year is what the team saw.
    const employment = page.locator('.ws-chart-card').filter({ hasText: 'Employment' });
    await employment.locator('summary').click();
    const table = employment.locator('table');
    // The table is filled when its section opens.
    await expect
      .poll(() => table.locator('thead th').allInnerTexts(), BUSY)
      .toEqual(expect.arrayContaining(TEAMS.map((team) => team.name)));
    const headers = await table.locator('thead th').allInnerTexts();
    const last = await table.locator('tbody tr').last().locator('td').allInnerTexts();
    for (const team of TEAMS) {
      const column = headers.indexOf(team.name) - 1;
      expect(column, `${team.name} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
      expect(digits(last[column] ?? null)).toBe(digits(results[team.name]!.jobs));
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(facilitator.errors).toEqual([]);
  });
});
