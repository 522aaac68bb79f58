// Scenario texts in French and Arabic, in the browser: the language chosen on the title reaches the
// map, the briefing, an event and the debrief, with no English scenario text left on those screens,
// right to left in Arabic, no sideways scrolling on a phone, and no serious accessibility problems.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioById, scenarioTexts, textEntries, type ScenarioTexts } from '../../src/scenario';
import ar from '../../src/ui/locales/ar';
import fr from '../../src/ui/locales/fr';
import { axeViolations, baseUrl, launch, openSession, screenshot } from './browser';

const DICTIONARIES = { fr, ar };

const ID = 'sialkot-surgical';
const LOCALES = ['fr', 'ar'] as const;
type Locale = (typeof LOCALES)[number];

const english = scenarioTexts(scenarioById(ID));
const translated: Record<Locale, ScenarioTexts> = {
  fr: JSON.parse(readFileSync(new URL(`../../scenarios/locales/fr/${ID}.json`, import.meta.url), 'utf8')) as ScenarioTexts,
  ar: JSON.parse(readFileSync(new URL(`../../scenarios/locales/ar/${ID}.json`, import.meta.url), 'utf8')) as ScenarioTexts,
};

const space = (text: string) => text.replace(/[\s\u00a0\u2068\u2069]+/g, ' ').trim();

/** The scenario's English texts (those the translation changes, paragraph by paragraph) found in `text`. */
function englishLeft(text: string, locale: Locale): string[] {
  const shown = space(text);
  const own = new Map(textEntries(translated[locale]));
  return textEntries(english)
    .filter(([path, value]) => own.get(path) !== value)
    .flatMap(([, value]) => value.split(/\n\s*\n/).map(space))
    .filter((value) => shown.includes(value));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A page with `locale` saved as the language and the tutorial done, at `hash`. */
async function openIn(locale: Locale, hash: string, viewport = { width: 1366, height: 768 }): Promise<{ page: Page; errors: string[] }> {
  const session = await openSession(browser, viewport);
  const { page } = session;
  await page.goto(baseUrl());
  await page.evaluate((l) => {
    localStorage.setItem('cpl:locale', l);
    localStorage.setItem('cpl:tutorial-done', '1');
  }, locale);
  await page.goto(`${baseUrl()}${hash}`);
  await page.reload();
  return session;
}

/** Checks the page has no sideways scrolling at its width. */
async function fitsWidth(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(width);
}

describe.each(LOCALES)('scenario texts in %s', (locale) => {
  const texts = translated[locale];
  const dir = locale === 'ar' ? 'rtl' : 'ltr';

  it('switches on the title, then shows the map and the briefing in that language', async () => {
    const { page, errors } = await openSession(browser, { width: 1366, height: 768 });
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.locator('#language').selectOption(locale);
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(dir);
    await page.locator('#new-game').click();
    const card = page.locator('#cluster-list button[data-scenario="sinos-valley-footwear"]');
    const sinos = JSON.parse(readFileSync(new URL(`../../scenarios/locales/${locale}/sinos-valley-footwear.json`, import.meta.url), 'utf8')) as ScenarioTexts;
    await expect.poll(() => card.textContent()).toBe(sinos.shortName);
    expect(await page.locator(`#cluster-desc-${ID}`).textContent()).toBe(`${texts.country} · ${texts.sector}`);

    await page.locator(`#cluster-list button[data-scenario="${ID}"]`).click();
    await expect.poll(() => page.locator('#briefing-heading').textContent()).toBe(texts.name);
    const briefing = page.locator('#screen-briefing');
    const shown = await briefing.innerText();
    expect(englishLeft(shown, locale)).toEqual([]);
    const paragraphs = await page.locator('#briefing-story > p').allTextContents();
    expect(paragraphs.join('\n\n')).toBe(texts.briefing);
    for (const goal of Object.values(texts.goals)) expect(space(shown)).toContain(space(goal));
    for (const note of Object.values(texts.limitations)) expect(space(shown)).toContain(space(note ?? ''));
    expect(await axeViolations(page)).toEqual([]);
    await fitsWidth(page);
    await screenshot(page, `scenario-texts-briefing-${locale}-1366`);
    await page.setViewportSize({ width: 360, height: 740 });
    await fitsWidth(page);
    await screenshot(page, `scenario-texts-briefing-${locale}-360`);
    expect(errors).toEqual([]);
  });

  it('shows an event, its choices and the goals on the play screen in that language', async () => {
    // Seed 5: the first event ("ce-marking") fires after year 2.
    const { page, errors } = await openIn(locale, `#scenario=${ID}&seed=5&play=1`);
    await page.locator('#report-next').click();
    await page.locator('#budget-panel .budget__end').click();
    const dialog = page.locator('#event-dialog');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    const event = texts.events['ce-marking'];
    expect(await page.locator('#event-title').textContent()).toBe(event?.title);
    expect(await page.locator('#event-text').textContent()).toBe(event?.text);
    expect(await dialog.locator('.event-choice__label').allTextContents()).toEqual(Object.values(event?.choices ?? {}).map((c) => c.label));
    expect(englishLeft(await dialog.innerText(), locale)).toEqual([]);
    expect(englishLeft(await page.locator('#screen-play').innerText(), locale)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await fitsWidth(page);
    await screenshot(page, `scenario-texts-event-${locale}-1366`);
    await page.setViewportSize({ width: 360, height: 740 });
    await fitsWidth(page);
    // The dialog's own text wraps inside it (nothing runs off its side).
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await screenshot(page, `scenario-texts-event-${locale}-360`);

    // The choice made shows in the year report in the same language.
    const first = Object.values(event?.choices ?? {})[0];
    await dialog.locator('.event-choice').first().click();
    await expect.poll(() => page.locator('#year-report').isVisible()).toBe(true);
    const report = await page.locator('#year-report').innerText();
    expect(space(report)).toContain(space(event?.title ?? ''));
    expect(space(report)).toContain(space(first?.label ?? ''));
    expect(englishLeft(report, locale)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('asks the debrief questions and names the goals in that language', async () => {
    const translations = new Set(Object.values(DICTIONARIES[locale]).map(space));
    const { page, errors } = await openIn(locale, `#scenario=${ID}&seed=5&play=10`);
    // Ten years played from the link, then the debrief's sample of plans: slow on a busy machine.
    await page.locator('#report-next').click({ timeout: 120_000 });
    const questions = page.locator('#debrief .limit-answer__question');
    await expect.poll(() => questions.count(), { timeout: 120_000 }).toBe(6);
    for (const question of await questions.allTextContents()) expect(translations.has(space(question)), question).toBe(true);
    const debrief = await page.locator('#debrief').innerText();
    expect(space(debrief)).toContain(space(texts.name));
    for (const goal of Object.values(texts.goals)) expect(space(debrief)).toContain(space(goal));
    expect(englishLeft(debrief, locale)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `scenario-texts-debrief-${locale}-1366`);
    expect(errors).toEqual([]);
  });
});
