import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, cspViolations, launch, openSession, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('first screens', () => {
  it("goes from the title to a cluster's briefing and into the first year, with no console errors", async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await expect.poll(() => page.getByRole('heading', { name: 'Cluster Policy Lab' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'smoke-title');

    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Choose a cluster' }).isVisible()).toBe(true);
    const names = await page.locator('#cluster-list button').allTextContents();
    expect(names).toEqual(
      expect.arrayContaining(['Bangalore', 'Sialkot', 'Guadalajara', 'Sinos Valley', 'Kamukunji', 'Suame Magazine']),
    );
    expect(await page.locator('#map-pins').getByRole('button', { name: 'Sialkot' }).count()).toBe(1);
    await screenshot(page, 'smoke-map');

    await page.locator('#map-pins').getByRole('button', { name: 'Sialkot' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('heading', { name: /Sialkot/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'smoke-briefing');

    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('#screen-play').isVisible()).toBe(true);
    // The goals are in sight while playing: a region named Goals, one line per goal, quality included.
    const goals = page.getByRole('region', { name: 'Goals' });
    await expect.poll(() => goals.isVisible()).toBe(true);
    expect(await goals.getByRole('listitem').count()).toBe(4);
    expect(await goals.textContent()).toMatch(/higher-value instruments.*now \d+ %; goal above 40 %; no new policy \d+ %/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'smoke-play');
    // A Content-Security-Policy that allows only the app's own files, and nothing on these screens breaks it.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/script-src 'self'(;|$)/);
    await expect.poll(() => page.locator('#town-stage-slot canvas').count()).toBe(1);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('rewrites only what a budget slider step changes (each needless write restyles the page again)', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#scenario=kamukunji-metalwork&seed=3&begin`);
    const slider = page.getByRole('slider', { name: 'Training' });
    await expect.poll(() => slider.isVisible()).toBe(true);
    // The report's charts are made ahead in idle time: let them be, so the writes seen are the slider's.
    await expect.poll(() => page.locator('.report-charts-ahead canvas[data-drawn]').count(), { timeout: 20_000 }).toBe(3);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const share = page.locator('#budget-panel .budget-line__share').nth(1);
    await expect.poll(() => share.textContent()).not.toBe('0 %');
    await page.evaluate(() => {
      const records: MutationRecord[] = [];
      (window as unknown as { records: MutationRecord[] }).records = records;
      new MutationObserver((list) => records.push(...list)).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeOldValue: true,
        characterData: true,
      });
    });
    const before = await share.textContent();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => share.textContent()).not.toBe(before);
    // The frame after the change, then the writes it made that changed nothing.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const needless = await page.evaluate(() => {
      const name = (node: Node): string => {
        const element = node instanceof Element ? node : node.parentElement;
        return element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.classList[0] ?? ''}` : '?';
      };
      const records = (window as unknown as { records: MutationRecord[] }).records;
      const out: string[] = [];
      const firstOld = new Map<string, string | null>();
      const targets = new Map<string, Element>();
      for (const r of records) {
        // The town marks its own loop state on its element; that is not the page's writing.
        if (r.target instanceof Element && r.target.id === 'stage') continue;
        if (r.type === 'attributes' && r.attributeName && r.target instanceof Element) {
          const key = `${name(r.target)} [${r.attributeName}]`;
          if (!firstOld.has(key)) firstOld.set(key, r.oldValue);
          targets.set(key, r.target);
        } else if (r.type === 'childList') {
          const removed = [...r.removedNodes].map((n) => n.textContent).join('');
          const added = [...r.addedNodes].map((n) => n.textContent).join('');
          if (removed === added && r.addedNodes.length > 0) out.push(`${name(r.target)} text`);
        }
      }
      for (const [key, old] of firstOld) {
        const attribute = key.slice(key.lastIndexOf('[') + 1, -1);
        if (targets.get(key)?.getAttribute(attribute) === old) out.push(key);
      }
      return out;
    });
    expect(needless).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('loads no other language on the title, and fetches French when it is chosen', async () => {
    const { page, errors } = await openSession(browser);
    const scripts: { url: string; body: string }[] = [];
    let scriptResponses = 0;
    page.on('response', (response) => {
      if (!/\.js(\?|$)/.test(response.url())) return;
      scriptResponses += 1;
      // A body that cannot be read still counts as read, so the wait below ends.
      void response.text().then((body) => scripts.push({ url: response.url(), body }), () => scripts.push({ url: response.url(), body: '' }));
    });
    await page.goto(baseUrl());
    await expect.poll(() => page.getByRole('button', { name: 'New game' }).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    // Bodies are read asynchronously: judge the first load only once every script of it has been read.
    await expect.poll(() => scripts.length === scriptResponses).toBe(true);
    const carries = (text: string) => scripts.some((s) => s.body.includes(text));
    // The French and Arabic for "End year": in no script of the first load.
    expect(carries('Terminer l’année')).toBe(false);
    expect(carries('إنهاء السنة')).toBe(false);
    await page.getByLabel('Language').selectOption('fr');
    await expect.poll(() => page.getByRole('button', { name: 'Nouvelle partie' }).isVisible()).toBe(true);
    // A response's body is read asynchronously: wait for it rather than for the first paint in French.
    await expect.poll(() => carries('Terminer l’année')).toBe(true);
    expect(carries('إنهاء السنة')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('retries the town when its code failed to download, with a message and a Retry button', async () => {
    const { page, errors } = await openSession(browser);
    // The first download of the stage's code (Phaser and the town) fails, as on a flaky network.
    let failed = 0;
    await page.route(/\/assets\/stage-[^/]*\.js$/, async (route) => {
      if (failed++ === 0) await route.abort('connectionreset');
      else await route.continue();
    });
    await page.goto(`${baseUrl()}#scenario=kamukunji-metalwork&seed=3&begin`);
    const alert = page.locator('.stage-error');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toMatch(/could not be loaded/);
    await page.getByRole('button', { name: 'Retry' }).click();
    // Downloading and starting the town again may take seconds on a busy machine.
    await expect.poll(() => page.locator('#town-stage-slot canvas').count(), { timeout: 60_000 }).toBe(1);
    expect(await alert.isVisible()).toBe(false);
    expect(failed).toBeGreaterThanOrEqual(2);
    // The failed download itself is the only error.
    expect(errors.filter((e) => !/stage-.*\.js|Failed to fetch dynamically imported module|net::ERR_CONNECTION_RESET/.test(e))).toEqual([]);
  });
});
