// The HUD across End year: it keeps its nodes and writes only the text and attributes that changed
// (a rebuild, or a write that changes nothing, makes the browser restyle and lay it out again).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, gamePhase, launch, openSession } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Starts recording every change inside #hud. */
async function watchHud(page: Page): Promise<void> {
  await page.evaluate(() => {
    const records: MutationRecord[] = [];
    const w = window as unknown as { hudRecords: MutationRecord[]; hudObserver?: MutationObserver };
    w.hudObserver?.disconnect();
    w.hudRecords = records;
    const hud = document.getElementById('hud');
    if (!hud) throw new Error('no #hud');
    w.hudObserver = new MutationObserver((list) => records.push(...list));
    w.hudObserver.observe(hud, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeOldValue: true,
      characterData: true,
      characterDataOldValue: true,
    });
  });
}

/**
 * What the recorded changes did needlessly: writes that left a value as it was (each write's new
 * value is the next write's old one, or the value at the end), and nodes taken out and made again
 * (an element removed while one of the same kind, id and class was added). Also how many changes
 * were recorded, so a HUD that stopped updating does not pass.
 */
async function needlessHudWrites(page: Page): Promise<{ needless: string[]; recreated: string[]; writes: number }> {
  return page.evaluate(() => {
    const records = (window as unknown as { hudRecords: MutationRecord[] }).hudRecords;
    const name = (node: Node): string => {
      const element = node instanceof Element ? node : node.parentElement;
      return element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.classList[0] ?? ''}` : '?';
    };
    const kind = (element: Element): string => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`;
    const needless: string[] = [];
    // Each write to one attribute (or one text node), in order, with the value it replaced.
    const chains = new Map<string, { target: Node; attribute: string | null; olds: (string | null)[] }>();
    const removed = new Set<string>();
    const added = new Set<string>();
    const targetIds = new Map<Node, number>();
    const idOf = (node: Node): number => {
      if (!targetIds.has(node)) targetIds.set(node, targetIds.size);
      return targetIds.get(node) ?? -1;
    };
    for (const r of records) {
      if (r.type === 'attributes' && r.attributeName) {
        const key = `${idOf(r.target)} ${name(r.target)} [${r.attributeName}]`;
        const chain = chains.get(key) ?? { target: r.target, attribute: r.attributeName, olds: [] };
        chain.olds.push(r.oldValue);
        chains.set(key, chain);
      } else if (r.type === 'characterData') {
        const key = `${idOf(r.target)} ${name(r.target)} text`;
        const chain = chains.get(key) ?? { target: r.target, attribute: null, olds: [] };
        chain.olds.push(r.oldValue);
        chains.set(key, chain);
      } else if (r.type === 'childList') {
        const gone = [...r.removedNodes].map((n) => n.textContent).join('');
        const come = [...r.addedNodes].map((n) => n.textContent).join('');
        if (gone === come && r.addedNodes.length > 0) needless.push(`${name(r.target)} children`);
        for (const n of r.removedNodes) if (n instanceof Element) removed.add(kind(n));
        for (const n of r.addedNodes) if (n instanceof Element) added.add(kind(n));
      }
    }
    for (const [key, chain] of chains) {
      const final =
        chain.attribute === null ? chain.target.textContent : (chain.target as Element).getAttribute(chain.attribute);
      chain.olds.forEach((old, i) => {
        if (old === (i + 1 < chain.olds.length ? chain.olds[i + 1] : final)) needless.push(key.replace(/^\d+ /, ''));
      });
    }
    return { needless, recreated: [...removed].filter((k) => added.has(k)), writes: records.length };
  });
}

/** Ends the year (taking an event's first choice) and waits for the year report and the frame after it. */
async function endYear(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End year' }).click();
  await expect.poll(() => gamePhase(page)).not.toBe('planning');
  if ((await gamePhase(page)) === 'event') await page.locator('#event-dialog button.event-choice').first().click();
  await expect.poll(() => gamePhase(page)).toBe('report');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe('HUD', () => {
  it('keeps its nodes across End year and rewrites only the text and attributes that changed', async () => {
    const { page, errors } = await openSession(browser);
    await page.goto(baseUrl());
    await page.evaluate(() => localStorage.setItem('cpl:tutorial-done', '1'));
    await page.goto(`${baseUrl()}#scenario=sialkot-surgical&seed=4&begin`);
    await expect.poll(() => page.getByRole('button', { name: 'End year' }).isVisible()).toBe(true);
    const heading = page.locator('#hud-figures-heading');
    // The first End year (changes since last year appear) and two more (every figure moves).
    for (let year = 1; year <= 3; year++) {
      const before = await heading.textContent();
      await watchHud(page);
      await endYear(page);
      expect(await heading.textContent()).not.toBe(before);
      const { needless, recreated, writes } = await needlessHudWrites(page);
      expect({ year, needless, recreated }).toEqual({ year, needless: [], recreated: [] });
      expect(writes).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Next year' }).click();
      await expect.poll(() => gamePhase(page)).toBe('planning');
    }
    // Written in place year after year, it is the same DOM as the HUD built afresh (a reload resumes the game).
    const updated = await page.locator('#hud').evaluate((hud) => hud.outerHTML);
    await page.reload();
    await expect.poll(() => gamePhase(page)).toBe('planning');
    expect(await page.locator('#hud').evaluate((hud) => hud.outerHTML)).toBe(updated);
    // What screen readers rely on is still there.
    expect(await page.getByRole('region', { name: 'Goals' }).getByRole('listitem').count()).toBe(4);
    expect(await page.locator('#hud meter[aria-labelledby="approval-sme-label"]').count()).toBe(1);
    expect(await page.locator('#hud .approval__head .change .visually-hidden').count()).toBe(4);
    expect(errors).toEqual([]);
  });
});
