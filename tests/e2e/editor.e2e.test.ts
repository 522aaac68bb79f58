// The scenario editor in a real browser: an instructor opens it from the map, starts from Sialkot,
// types an impossible number (the schema's message shows beside the field, Play is refused), fixes
// it and sees the preview move, saves, reloads and finds the scenario still listed, exports a file
// that the scenario schema accepts, tries a broken file (its problem is named, nothing is lost),
// opens the scenario in the planner, and plays it: the game starts on the edited cluster.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { scenarioSchema } from '../../src/scenario/schema';
import { axeViolations, baseUrl, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const BUSY = { timeout: 60_000 };
const NAME = 'Sialkot of our own';
const draws = (page: Page): Promise<number> => page.evaluate(() => Number(document.querySelector<HTMLElement>('.editor-preview')?.dataset.draws ?? 0));
const baselineJobs = (page: Page): Promise<string> =>
  page.evaluate(() => document.querySelector<HTMLElement>('.editor-preview')?.dataset.baselineJobs ?? '');

describe('scenario editor', () => {
  it('builds a cluster from Sialkot, checks it, saves, exports, refuses a bad file, plans and plays it', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await page.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(baseUrl());
    await page.locator('#new-game').click();
    await page.getByRole('button', { name: 'Make your own' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Scenario editor', level: 2 }).isVisible(), BUSY).toBe(true);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.editor), BUSY).toBe('ready');

    // Start from Sialkot: a copy under an id of its own, and a preview of it.
    await page.getByLabel('Scenario or archetype').selectOption({ label: 'Sialkot' });
    await page.getByRole('button', { name: 'Start from this one' }).click();
    await expect.poll(() => page.locator('#ed-id').inputValue()).toBe('my-sialkot-surgical');
    await expect.poll(() => draws(page), BUSY).toBeGreaterThan(0);
    const jobsBefore = await baselineJobs(page);
    expect(jobsBefore).not.toBe('');

    // An impossible number of jobs: the schema's message beside the field, Play refused, the preview says it is stale.
    const jobs = page.locator('#ed-initial-employment');
    await jobs.fill('-5');
    const message = page.locator('#ed-initial-employment-message');
    await expect.poll(() => message.textContent()).toBe('initial.employment: must be at least 1 and at most 10000000');
    expect(await jobs.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isDisabled()).toBe(true);
    await expect.poll(() => page.locator('.editor-summary').textContent()).toContain('initial.employment: must be at least 1');
    await expect.poll(() => page.locator('.editor-stale').textContent()).toContain('last valid version');
    await screenshot(page, 'editor-invalid');

    // Fixed: the message goes, and the preview runs the new cluster.
    const drawn = await draws(page);
    await jobs.fill('90000');
    await expect.poll(() => message.isHidden()).toBe(true);
    await expect.poll(() => draws(page), BUSY).toBeGreaterThan(drawn);
    expect(await baselineJobs(page)).not.toBe(jobsBefore);
    await page.locator('#ed-name').fill(NAME);
    await page.locator('#ed-shortName').fill('Our Sialkot');
    await expect.poll(() => page.getByRole('button', { name: 'Play', exact: true }).isEnabled()).toBe(true);

    // Saved in the browser: still listed after a reload.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.editor-saved__name').allTextContents()).toEqual([NAME]);
    await page.reload();
    await page.goto(`${baseUrl()}#editor`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.editor), BUSY).toBe('ready');
    await expect.poll(() => page.locator('.editor-saved__name').allTextContents()).toEqual([NAME]);
    // The draft as it was typed is back too.
    await expect.poll(() => page.locator('#ed-name').inputValue()).toBe(NAME);

    // Exported: a file the scenario schema accepts, with the edits in it.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('my-sialkot-surgical.json');
    const exported = scenarioSchema.parse(JSON.parse(readFileSync((await file.path()) as string, 'utf8')));
    expect(exported.name).toBe(NAME);
    expect(exported.initial.employment).toBe(90000);

    // A broken file: its problem named in the schema's words, the scenario in the editor unchanged.
    const broken = { ...exported, id: 'broken-one', initial: { ...exported.initial, smeFirms: 0 } };
    await page.locator('#editor-import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const notice = page.locator('.editor-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('initial.smeFirms: must be a whole number at least 1 and at most 1000000');
    expect(await page.locator('#ed-name').inputValue()).toBe(NAME);
    expect(await page.locator('#ed-id').inputValue()).toBe('my-sialkot-surgical');
    await page.locator('#editor-import-file').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{"id": ') });
    await expect.poll(() => notice.textContent()).toContain('not valid JSON');
    expect(await page.locator('#ed-name').inputValue()).toBe(NAME);

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'editor');

    // Plan: the planner opens on the edited cluster.
    await page.getByRole('button', { name: 'Plan it', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Planner', level: 2 }).isVisible(), BUSY).toBe(true);
    await expect.poll(() => page.locator('#planner-scenario').inputValue(), BUSY).toBe('my-sialkot-surgical');
    await expect.poll(() => page.locator('.planner-setting .planner-hint').first().textContent()).toContain(NAME);

    // Back in the editor (the draft kept), Play starts the game on it.
    await page.goto(`${baseUrl()}#editor`);
    await expect.poll(() => page.locator('#ed-name').inputValue(), BUSY).toBe(NAME);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.locator('#briefing-heading').textContent(), BUSY).toBe(NAME);
    expect(errors).toEqual([]);
  });

  it('opens a share link, and refuses a damaged one with a message', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await page.addInitScript(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#editor`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.editor), BUSY).toBe('ready');
    await page.locator('#ed-name').fill('Shared cluster');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('#editor-share-link').inputValue();
    expect(link).toMatch(/#editor&scenario-data=/);

    const other = await openSession(browser, { width: 360, height: 740 });
    await other.page.goto(link);
    await expect.poll(() => other.page.locator('#ed-name').inputValue(), BUSY).toBe('Shared cluster');
    // A link cut short, opened afresh.
    await other.page.goto('about:blank');
    await other.page.goto(`${baseUrl()}#editor&scenario-data=${link.slice(link.indexOf('=') + 1, link.indexOf('=') + 60)}`);
    await expect.poll(() => other.page.locator('.editor-notice').textContent(), BUSY).toContain('damaged or incomplete');
    // What was in the editor is still there.
    expect(await other.page.locator('#ed-name').inputValue()).toBe('Shared cluster');
    expect(await axeViolations(other.page)).toEqual([]);

    // Starting again from another scenario keeps the edited one in the list first: nothing typed is lost.
    await page.getByLabel('Scenario or archetype').selectOption({ label: 'TNC cluster' });
    await page.getByRole('button', { name: 'Start from this one' }).click();
    await expect.poll(() => page.locator('#ed-id').inputValue()).toBe('my-tnc-cluster');
    expect(await page.locator('.editor-saved__name').allTextContents()).toEqual(['Shared cluster']);
    expect([...errors, ...other.errors]).toEqual([]);
  });

  it('speaks Arabic: its fields, hints and the schema\'s messages, right to left without a horizontal scroll, at 360 and 1366 wide', async () => {
    const { page, errors } = await openSession(browser, { width: 360, height: 740 });
    await page.addInitScript(() => {
      localStorage.setItem('cpl:tutorial-done', '1');
      localStorage.setItem('cpl:locale', 'ar');
    });
    await page.goto(`${baseUrl()}#editor`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.editor), BUSY).toBe('ready');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The first visit's starting copy of Sialkot is in Arabic (its texts load apart, after the editor).
    await expect.poll(() => page.locator('#ed-name').inputValue(), BUSY).toBe('تجمع الأدوات الجراحية في سيالكوت');
    // Labels and hints from the Arabic dictionary (by schema path), not the schema's English.
    const sme = page.locator('[data-path="initial.smeFirms"]');
    expect(await sme.locator('label').textContent()).toBe('المنشآت الصغيرة والمتوسطة');
    expect(await sme.locator('.editor-hint').textContent()).toMatch(/^المنشآت متناهية الصغر والصغيرة والمتوسطة\./);
    expect(await page.locator('[data-path="parameters.leakage"] label').textContent()).toBe('التسرّب');
    // The schema's message in Arabic, naming the field by its label, beside the field and in the summary.
    await page.locator('#ed-initial-smeFirms').fill('0');
    const message = page.locator('#ed-initial-smeFirms-message');
    // (Arabic messages wrap their parts in Unicode isolates, which are invisible.)
    const shown = async (): Promise<string> => ((await message.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '');
    await expect.poll(shown).toMatch(/^الأرقام الأولية › المنشآت الصغيرة والمتوسطة: يجب أن يكون عددًا صحيحًا بين/);
    expect(await message.textContent()).not.toContain('initial.smeFirms');
    await expect.poll(() => page.locator('.editor-summary').textContent()).toContain('الأرقام الأولية › المنشآت الصغيرة والمتوسطة');
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    // A broken file: its problems in Arabic in the notice, the isolates around their parts invisible (not written out as escapes).
    const kept = () => page.evaluate(() => (JSON.parse(localStorage.getItem('cpl:editor-draft') ?? 'null') as { draft: { initial: { smeFirms: number } } } | null)?.draft ?? null);
    await expect.poll(async () => (await kept())?.initial.smeFirms).toBe(0);
    const broken = await kept();
    await page.locator('#editor-import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...broken, id: 'broken-one' })) });
    const notice = page.locator('.editor-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    await expect.poll(async () => ((await notice.locator('li').first().textContent()) ?? '').replace(/[\u2066-\u2069]/g, '')).toMatch(/^الأرقام الأولية › المنشآت الصغيرة والمتوسطة: /);
    expect(await notice.textContent()).not.toContain('\\u2068');
    await sme.scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-ar-360');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await sme.scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-ar-1366');
    expect(errors).toEqual([]);
  });

  it('speaks French: choices by their names (the file keeps its values), figures and a bad file\'s problem in French, at 360 wide', async () => {
    const { page, errors } = await openSession(browser, { width: 360, height: 740 });
    await page.addInitScript(() => {
      localStorage.setItem('cpl:tutorial-done', '1');
      localStorage.setItem('cpl:locale', 'fr');
    });
    await page.goto(`${baseUrl()}#editor`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.editor), BUSY).toBe('ready');
    // A scheduled shock: its kinds by their names in French, each with the value the file keeps.
    // The item's heading names its shock in French, its size with a decimal comma, its year as a year.
    const heading = page.locator('details[data-path="scheduled[0]"] > summary');
    expect(await heading.textContent()).toBe('1. 2004 · Nouvelle norme des acheteurs · 0,15');
    await heading.click();
    const shock = page.locator('#ed-scheduled-0-shock');
    const options = await shock.locator('option').allTextContents();
    expect(options).toContain('Demande mondiale (worldDemand)');
    expect(options.every((o) => / \(\w+\)$/.test(o))).toBe(true);
    await shock.selectOption({ label: 'Incendie ou accident (accident)' });
    // The draft (kept in the browser as typed) holds the file's value.
    await expect
      .poll(async () => (await page.evaluate(() => JSON.parse(localStorage.getItem('cpl:editor-draft') ?? 'null') as { draft: { scheduled: { shock: string }[] } } | null))?.draft.scheduled[0]?.shock)
      .toBe('accident');
    // The item's heading follows the choice.
    await expect.poll(() => heading.textContent()).toBe('1. 2004 · Incendie ou accident · 0,15');
    // A budget too small: the bound with a decimal comma.
    await page.locator('#ed-budgetUsdM').fill('0');
    await expect.poll(() => page.locator('#ed-budgetUsdM-message').textContent()).toMatch(/compris entre 0,01 et 1\s000\s000$/);
    // A file that is not JSON: why, in French, and nothing lost.
    const name = await page.locator('#ed-name').inputValue();
    await page.locator('#editor-import-file').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<html>hello</html>') });
    const notice = page.locator('.editor-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    await expect.poll(() => notice.textContent()).toContain('il ne commence pas comme un fichier de scénario');
    expect(await notice.textContent()).not.toMatch(/Unexpected|not valid JSON/);
    expect(await page.locator('#ed-name').inputValue()).toBe(name);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'editor-fr-360');
    expect(errors).toEqual([]);
  });
});
