// The contract every DOM panel follows: it is mounted once on its root element, sends events to
// the game actor, and redraws from each machine snapshot. Panels never keep their own copy of the
// game state; they derive what they show from the snapshot (through src/view selectors).
import type { GameEvent, GameSnapshot } from '../flow';
import { t } from './i18n';

export interface UiContext {
  doc: Document;
  send(event: GameEvent): void;
  /** Current snapshot, for event handlers that need it. */
  snapshot(): GameSnapshot;
  /** Announces a short message to screen readers (polite live region). */
  announce(message: string): void;
  /** Whether the player asked for reduced motion. */
  reducedMotion(): boolean;
}

export interface Component {
  update(snapshot: GameSnapshot): void;
}

/** Creates an element with text content (never HTML) and optional attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

// Writing the same text or attribute again still replaces the text node or re-sets the attribute,
// which makes the browser restyle and lay it out again: screens updated on every input write only
// what changed.

/** Sets an element's text (as text, never HTML) when it differs. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets an attribute when it differs. */
export function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Shows or hides an element when that changes. */
export function setHidden(node: HTMLElement, hidden: boolean): void {
  if (node.hidden !== hidden) node.hidden = hidden;
}

/** Enables or disables a control when that changes. */
export function setDisabled(node: HTMLInputElement | HTMLButtonElement | HTMLSelectElement, disabled: boolean): void {
  if (node.disabled !== disabled) node.disabled = disabled;
}

/** A table head: one header row; numeric columns are right-aligned ('num'). */
export function tableHead(
  doc: Document,
  columns: readonly { text: string; numeric?: boolean }[],
): HTMLTableSectionElement {
  const row = el(doc, 'tr');
  for (const column of columns)
    row.append(el(doc, 'th', column.numeric ? { scope: 'col', class: 'num' } : { scope: 'col' }, column.text));
  const thead = el(doc, 'thead');
  thead.append(row);
  return thead;
}

/** The columns of a table of output, jobs and poverty, after a first column. */
export function outcomeColumns(first: string): { text: string; numeric?: boolean }[] {
  return [{ text: first }, ...[t('Output'), t('Jobs'), t('Poverty')].map((text) => ({ text, numeric: true }))];
}

/**
 * A table in a box that scrolls sideways on narrow screens. While it does scroll, the box can take
 * keyboard focus (so arrow keys scroll it) and is a region named by the table's caption; while it
 * fits, it adds no stop to the Tab order.
 */
export function scrollingTable(doc: Document, table: HTMLTableElement): HTMLDivElement {
  const scroll = el(doc, 'div', { class: 'table-scroll' });
  scroll.append(table);
  const fit = () => {
    const scrolls = scroll.scrollWidth > scroll.clientWidth + 1;
    if (scrolls === scroll.hasAttribute('tabindex')) return;
    if (scrolls) {
      scroll.setAttribute('tabindex', '0');
      scroll.setAttribute('role', 'region');
      scroll.setAttribute('aria-label', table.caption?.textContent?.trim() || table.getAttribute('aria-label') || '');
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) scroll.removeAttribute(name);
    }
  };
  const Observer = doc.defaultView?.ResizeObserver;
  if (Observer) new Observer(fit).observe(scroll);
  return scroll;
}
