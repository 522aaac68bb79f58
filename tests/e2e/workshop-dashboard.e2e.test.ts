// The facilitator's side of a workshop in a real browser: a session set up through the form (session
// code, join link, QR code), its dashboard opened, three teams' result codes added (one on a phone-
// sized screen), a tampered code refused with one message and nothing changed, the ranking sorted,
// the projector view, a reload that keeps the teams, the CSV export (one row per team-year), the
// facilitator guide inside the app; axe clean and no console errors throughout.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CROCKFORD_ALPHABET } from '../../src/platform/code-bits';
import { encodeResultCode } from '../../src/platform/workshop-result-code';
import { decodeSessionCode } from '../../src/platform/workshop-session-code';
import { moneyTeam, playSession, sliderTeam, steady } from '../view/workshop-fixtures';
import { axeViolations, baseUrl, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const teamRows = (page: Page): Promise<string[]> =>
  page.locator('.ws-team-table tbody th[scope="row"]').allInnerTexts();

/** The ranking's value in a column, top to bottom, as numbers ("−1.5" → -1.5). */
async function column(page: Page, index: number): Promise<number[]> {
  const cells = await page.locator(`.ws-ranking-table tbody tr td:nth-child(${index})`).allInnerTexts();
  return cells.map((text) =>
    Number(
      text
        .replace('−', '-')
        .replace('±', '')
        .replace(/[^\d.+-]/g, ''),
    ),
  );
}

async function addCode(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Result code' }).fill(code);
  await page.getByRole('button', { name: 'Add result' }).click();
}

describe('workshop dashboard', () => {
  it('sets up a session, collects three teams’ codes, refuses a tampered one, ranks, projects, keeps and exports them', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await page.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#workshop`);
    await page.getByRole('button', { name: 'Set up a session' }).click();

    // Setup: Sialkot, three teams, a six-year term, a 5-minute timer, one event left out.
    await page.getByLabel('Scenario').selectOption('sialkot-surgical');
    await page.getByLabel('Number of teams').fill('3');
    await page.getByLabel('Term length (years)').fill('6');
    await page.getByLabel('Difficulty').selectOption('normal');
    const events = page.locator('.workshop-events input[type=checkbox]');
    expect(await events.count()).toBeGreaterThan(1);
    await events.first().uncheck();
    await page.getByLabel('A timer for each year').check();
    await page.getByLabel('Minutes per year').fill('5');
    // A wrong number gets one message and makes no session.
    await page.getByLabel('Number of teams').fill('31');
    await page.getByRole('button', { name: 'Create session' }).click();
    await expect.poll(() => page.locator('.workshop-problem').textContent()).toMatch(/Number of teams/);
    expect(await page.locator('.workshop-created').isVisible()).toBe(false);
    await page.getByLabel('Number of teams').fill('3');
    await page.getByRole('button', { name: 'Create session' }).click();

    const codeField = page.getByRole('textbox', { name: 'Session code' });
    await expect.poll(() => codeField.inputValue()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{1,4}/);
    const sessionCode = await codeField.inputValue();
    expect(await codeField.getAttribute('readonly')).not.toBeNull();
    const link = await page.getByRole('textbox', { name: 'Join link' }).inputValue();
    expect(link).toBe(`${baseUrl().replace(/\/?$/, '/')}#workshop&join=${sessionCode}`.replace(/\/\/#/, '/#'));
    const qr = page.getByRole('img', { name: 'QR code of the join link' });
    await expect.poll(() => qr.isVisible()).toBe(true);
    expect((await qr.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(300);
    expect(await qr.getAttribute('data-qr-text')).toBe(link);
    await expect.poll(() => page.getByRole('button', { name: 'Print the student handout' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workshop-setup-1366');

    // The teams' games, played through the turn machine under the session's settings.
    const settings = decodeSessionCode(sessionCode);
    expect(settings).toMatchObject({ scenarioId: 'sialkot-surgical', teams: 3, termYears: 6, timerMinutes: 5 });
    const codes = {
      Skills: encodeResultCode(
        settings,
        'Skills',
        playSession(settings, steady({ training: 40, infrastructure: 30, research: 10 })).log,
      ),
      Sliders: encodeResultCode(settings, 'Sliders', playSession(settings, sliderTeam(3)).log),
      Money: encodeResultCode(settings, 'Money', playSession(settings, moneyTeam()).log),
    };

    await page.getByRole('button', { name: 'Open dashboard' }).click();
    await expect.poll(() => page.url()).toContain(`#workshop&dashboard=${sessionCode}`);
    await expect.poll(() => page.getByRole('heading', { name: /^Dashboard: Sialkot/ }).isVisible()).toBe(true);

    await addCode(page, codes.Skills);
    await expect.poll(() => teamRows(page)).toEqual(['Skills']);
    await expect.poll(() => page.locator('#ws-add-message').textContent()).toBe('Added Skills: 6 years.');
    await addCode(page, codes.Sliders);
    await expect.poll(() => teamRows(page)).toEqual(['Skills', 'Sliders']);

    // The third on a phone-sized screen.
    await page.setViewportSize({ width: 360, height: 740 });
    await addCode(page, codes.Money);
    await expect.poll(() => teamRows(page)).toEqual(['Skills', 'Sliders', 'Money']);
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, 'workshop-dashboard-360');
    await page.setViewportSize({ width: 1366, height: 768 });

    // A tampered code: one character changed. One message, nothing changed.
    const before = await page.locator('.ws-ranking-table tbody').innerText();
    const chars = codes.Sliders.split('');
    const at = chars.findIndex((c, i) => i > 12 && c !== '-');
    chars[at] = CROCKFORD_ALPHABET[(CROCKFORD_ALPHABET.indexOf(chars[at] as string) + 1) % 32] as string;
    await addCode(page, chars.join(''));
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: /./ }).allInnerTexts())
      .toEqual(['A character is mistyped: check the code against the original.']);
    expect(await teamRows(page)).toEqual(['Skills', 'Sliders', 'Money']);
    expect(await page.locator('.ws-ranking-table tbody').innerText()).toBe(before);
    expect(await page.getByRole('textbox', { name: 'Result code' }).getAttribute('aria-invalid')).toBe('true');
    // A code of another session: refused too.
    const other = { ...settings, seed: (settings.seed + 1) % 1000 };
    const foreign = encodeResultCode(other, 'Stranger', playSession(other, steady({ training: 50 }), 1).log);
    await addCode(page, foreign);
    await expect.poll(() => page.locator('.ws-message--problem').textContent()).toMatch(/session/i);
    expect(await teamRows(page)).toEqual(['Skills', 'Sliders', 'Money']);

    // The ranking sorts by several criteria; aria-sort says how.
    const header = (name: string) =>
      page.locator('.ws-ranking-table thead th').filter({ has: page.getByRole('button', { name, exact: true }) });
    expect(await header('Balanced score').getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: 'Poverty', exact: true }).click();
    await expect.poll(() => header('Poverty').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('Balanced score').getAttribute('aria-sort')).toBe('none');
    const poverty = await column(page, 4);
    expect(poverty).toEqual([...poverty].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'Jobs', exact: true }).click();
    await expect.poll(() => header('Jobs').getAttribute('aria-sort')).toBe('descending');
    const jobs = await column(page, 5);
    expect(jobs).toEqual([...jobs].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Jobs', exact: true }).click();
    await expect.poll(() => header('Jobs').getAttribute('aria-sort')).toBe('ascending');

    // Charts, budgets, calibration and the debrief are there.
    await expect.poll(() => page.locator('.ws-chart-card canvas[aria-label]').count()).toBe(3);
    expect(await page.locator('.ws-bars-card').count()).toBe(3);
    expect(await page.locator('.ws-questions li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workshop-dashboard-1366');

    // Projector view.
    const projector = page.getByRole('button', { name: 'Projector view' });
    // The trajectory charts' text grows with the view (canvas text: read from the fonts the charts set).
    await page.evaluate(() => {
      const fonts: number[] = [];
      (window as unknown as { chartFonts: number[] }).chartFonts = fonts;
      const own = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font') as PropertyDescriptor;
      Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
        configurable: true,
        get(this: CanvasRenderingContext2D) {
          return own.get?.call(this);
        },
        set(this: CanvasRenderingContext2D, value: string) {
          if (this.canvas.closest('.ws-trajectories')) fonts.push(Number(/(\d+(?:\.\d+)?)px/.exec(value)?.[1] ?? 0));
          own.set?.call(this, value);
        },
      });
    });
    await projector.click();
    await expect.poll(() => projector.getAttribute('aria-pressed')).toBe('true');
    // Three charts redrawn, every font they set at least 19 px (12 px × 1.6 on the smallest chart).
    const projectorFonts = (): Promise<number> =>
      page.evaluate(() => {
        const fonts = (window as unknown as { chartFonts: number[] }).chartFonts;
        return fonts.length >= 3 ? Math.min(...fonts) : 0;
      });
    await expect.poll(projectorFonts).toBeGreaterThanOrEqual(19);
    expect(await page.locator('.ws-dashboard.ws-projector').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'workshop-dashboard-projector-1920');

    // A reload keeps the teams (and the projector view).
    await page.reload();
    await expect.poll(() => teamRows(page), { timeout: 90_000 }).toEqual(['Skills', 'Sliders', 'Money']);
    expect(await page.getByRole('button', { name: 'Projector view' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Projector view' }).click();
    await expect.poll(() => page.locator('.ws-dashboard.ws-projector').count()).toBe(0);

    // Remove a team, then add it back.
    await page.getByRole('button', { name: 'Remove the result of Money' }).click();
    await expect.poll(() => teamRows(page)).toEqual(['Skills', 'Sliders']);
    // Back from a file, as a team hands it in (chosen here; dropped files take the same path).
    await page.locator('#ws-result-files').setInputFiles({
      name: 'money.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`Cluster Policy Lab\nTeam: Money\nResult code: ${codes.Money}\n`),
    });
    await expect.poll(() => teamRows(page)).toEqual(['Skills', 'Sliders', 'Money']);

    // CSV: one row per team-year, after a header.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path()) as string, 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv.length).toBe(1 + 3 * 6);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const json = JSON.parse(readFileSync((await jsonDownload.path()) as string, 'utf8')) as {
      teams: unknown[];
      sessionCode: string;
    };
    expect(json.teams).toHaveLength(3);

    // The facilitator guide, inside the app.
    await page.goto(`${baseUrl()}#workshop`);
    await page.getByRole('link', { name: 'Facilitator guide' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Facilitator guide', level: 3 }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '90 minutes' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
  });
});
