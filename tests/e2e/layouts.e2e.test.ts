// Every screen from a 360 px phone to a 1920 px projector: no sideways scrolling, no controls on top
// of each other, no text under 12 px, and axe finds nothing serious. The screens are reached by links
// (a briefing, a game, a finished term, the planner, the workshop), so each size runs in one page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, launch, openSession } from './browser';

const BUSY = { timeout: 90_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const SIZES = [
  { width: 360, height: 740, locale: 'en' },
  { width: 768, height: 1024, locale: 'en' },
  { width: 1366, height: 768, locale: 'en' },
  { width: 1920, height: 1080, locale: 'en' },
  // Right to left, on a phone: where a layout breaks first.
  { width: 360, height: 740, locale: 'ar' },
] as const;

/**
 * What is wrong with the layout on screen now, in words: the page wider than the window, visible
 * controls that overlap, visible text smaller than 12 px. (A string: this file runs in Node.)
 */
const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) {
    // Name the outermost elements that reach past the window's edge.
    const wide = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1) && !(el.parentElement && (() => { const p = el.parentElement.getBoundingClientRect(); return p.right > window.innerWidth + 1 || p.left < -1; })());
    }).slice(0, 3).map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''));
    problems.push('scrolls sideways: ' + doc.scrollWidth + ' px in ' + window.innerWidth + ' (' + wide.join(', ') + ')');
  }
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return null;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.opacity === '0' || el.closest('[hidden], [aria-hidden="true"], .visually-hidden, .sr-only')) return null;
    // The inside of a folded section has boxes but is not drawn.
    for (let d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) {
      if (!d.open && !el.closest('summary')) return null;
    }
    return r;
  };
  // A bar pinned to the window (End year on a phone) floats over the page by design; map pins may
  // touch where clusters are close (the list beside the map names them all).
  const floating = (el) => {
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const position = getComputedStyle(a).position;
      if (position === 'fixed' || position === 'sticky') return true;
    }
    return !!el.closest('#map-pins');
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30) + '"';
  const controls = [...document.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea')]
    .map((el) => ({ el, r: shown(el) }))
    .filter((c) => c.r && !floating(c.el));
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i], b = controls[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 2 && h > 2) problems.push('overlap: ' + name(a.el) + ' and ' + name(b.el));
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const small = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent.trim() || small.has(parent)) continue;
    if (!shown(parent)) continue;
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < 12) {
      small.add(parent);
      problems.push('text under 12 px (' + size + ' px): ' + name(parent));
    }
  }
  return problems.slice(0, 12);
})()`;

async function check(page: Page, screen: string): Promise<string[]> {
  // A busy machine may take a while to settle a new screen (charts sized by a ResizeObserver): judge the
  // layout once it has settled, or what is still wrong after 15 s.
  let layout = (await page.evaluate(LAYOUT_PROBLEMS)) as string[];
  for (const started = Date.now(); layout.length > 0 && Date.now() - started < 15_000;) {
    await page.waitForTimeout(250);
    layout = (await page.evaluate(LAYOUT_PROBLEMS)) as string[];
  }
  const axe = await axeViolations(page);
  return [...layout, ...axe].map((problem) => `${screen}: ${problem}`);
}

/** The scenario editor as it opens (a copy of Sialkot, its preview drawn), then with a figure out of range. */
async function checkEditor(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.goto(`${baseUrl()}#editor`);
  await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.editor-preview')?.dataset.draws ?? ''), BUSY).not.toBe('');
  problems.push(...(await check(page, 'editor')));
  await page.locator('#ed-initial-employment').fill('-5');
  await expect.poll(() => page.locator('#ed-initial-employment-message').isVisible(), BUSY).toBe(true);
  problems.push(...(await check(page, 'editor with a problem')));
  return problems;
}

/** The same screens in another language, reached by links and element ids rather than English names. */
async function checkByPlace(page: Page, errors: string[]): Promise<void> {
  const problems: string[] = [];
  await expect.poll(() => page.locator('#new-game').isVisible(), BUSY).toBe(true);
  problems.push(...(await check(page, 'title')));
  await page.locator('#new-game').click();
  await expect.poll(() => page.locator('#cluster-list button').first().isVisible(), BUSY).toBe(true);
  problems.push(...(await check(page, 'map')));
  await page.goto(`${baseUrl()}#scenario=suame-magazine&seed=4&begin`);
  await expect.poll(() => page.locator('#budget-panel').isVisible(), BUSY).toBe(true);
  problems.push(...(await check(page, 'play')));
  await page.goto(`${baseUrl()}#scenario=suame-magazine&seed=4&history&play=10`);
  await expect.poll(() => page.locator('#year-report').isVisible(), BUSY).toBe(true);
  problems.push(...(await check(page, 'year report')));
  await page.locator('#report-next').click();
  await expect.poll(() => page.locator('#debrief').isVisible(), BUSY).toBe(true);
  problems.push(...(await check(page, 'debrief')));
  await page.goto(`${baseUrl()}#planner&scenario=suame-magazine`);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts), BUSY).toBe('drawn');
  problems.push(...(await check(page, 'planner')));
  problems.push(...(await checkEditor(page)));
  await page.goto(`${baseUrl()}#workshop`);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.workshop), BUSY).toBe('ready');
  problems.push(...(await check(page, 'workshop')));
  await page.goto(`${baseUrl()}#workshop&setup`);
  await expect.poll(() => page.locator('.workshop-view--setup form').isVisible(), BUSY).toBe(true);
  problems.push(...(await check(page, 'workshop setup')));
  await page.goto(`${baseUrl()}#workshop&join`);
  await expect.poll(() => page.locator('.workshop-view--join form').isVisible(), BUSY).toBe(true);
  problems.push(...(await check(page, 'workshop join')));
  expect(problems).toEqual([]);
  expect(errors).toEqual([]);
}

describe('layouts', () => {
  for (const size of SIZES) {
    it(`fit at ${size.width}x${size.height} (${size.locale}): title, map, briefing, play, year report, debrief, planner, editor, workshop`, async () => {
      const { page, errors } = await openSession(browser, { width: size.width, height: size.height });
      await page.goto(baseUrl());
      await page.evaluate((locale) => {
        localStorage.setItem('cpl:tutorial-done', '1');
        localStorage.setItem('cpl:locale', locale);
      }, size.locale);
      await page.reload();
      // The buttons are found by their English names; in Arabic, by their place.
      if (size.locale !== 'en') return checkByPlace(page, errors);
      const problems: string[] = [];
      await expect.poll(() => page.getByRole('button', { name: 'New game' }).isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'title')));

      await page.getByRole('button', { name: 'New game' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Choose a cluster' }).isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'map')));

      await page.locator('#cluster-list button').first().click();
      await expect.poll(() => page.getByRole('button', { name: 'Start' }).isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'briefing')));

      await page.getByRole('button', { name: 'Start' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'End year' }).isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'play')));

      await page.getByRole('button', { name: 'End year' }).click();
      await expect
        .poll(
          async () =>
            (await page.locator('#event-dialog[open]').count()) > 0 || (await page.locator('#year-report').isVisible()),
          BUSY,
        )
        .toBe(true);
      if (await page.locator('#event-dialog[open]').count()) {
        problems.push(...(await check(page, 'event')));
        await page.locator('#event-dialog button.event-choice').first().click();
      }
      await expect.poll(() => page.locator('#year-report').isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'year report')));

      await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=5&history&play=10`);
      await page.getByRole('button', { name: 'See the debrief' }).click({ timeout: 120_000 });
      await expect.poll(() => page.locator('#debrief').isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'debrief')));

      await page.goto(`${baseUrl()}#planner&scenario=kamukunji-metalwork`);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.plannerCharts), BUSY).toBe('drawn');
      problems.push(...(await check(page, 'planner')));
      problems.push(...(await checkEditor(page)));

      await page.goto(`${baseUrl()}#workshop`);
      await expect.poll(() => page.getByRole('button', { name: 'Set up a session' }).isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'workshop')));
      await page.getByRole('button', { name: 'Set up a session' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Create session' }).isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'workshop setup')));
      await page.getByRole('button', { name: 'Create session' }).click();
      await expect.poll(() => page.getByRole('img', { name: 'QR code of the join link' }).isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'workshop session')));
      await page.getByRole('button', { name: 'Open dashboard' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Add result' }).isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'workshop dashboard')));
      await page.goto(`${baseUrl()}#workshop&join`);
      await expect.poll(() => page.getByRole('button', { name: 'Join', exact: true }).isVisible(), BUSY).toBe(true);
      problems.push(...(await check(page, 'workshop join')));

      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
