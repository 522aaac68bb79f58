// The first-game tutorial: a short coach-mark tour. In the planning phase it points at the budget
// panel, the payoff preview, the stakeholder HUD and End year; in the report it points at "Why did
// it change?". Non-modal (role="dialog" without a backdrop: the game controls stay usable),
// skippable with a button or Escape, remembered in storage (cpl:tutorial-done).
// Restart it with the returned restart() (the app shell hands it to the year report's "Show tutorial").
import type { GameSnapshot } from '../flow';
import { el, setAttr, setHidden, type Component, type UiContext } from './component';
import { t } from './i18n';
import './tutorial.css';

export const TUTORIAL_DONE_KEY = 'cpl:tutorial-done';

type Placement = 'left' | 'right' | 'above' | 'below';

interface Step {
  id: string;
  phase: 'planning' | 'report';
  title: string;
  text: string;
  /** Where it points: the first selector that finds a visible element. */
  targets: string[];
  /** A control to find by its visible name, tried before the selectors. */
  button?: { within: string; name: string };
}

export const TUTORIAL_STEPS: Step[] = [
  {
    id: 'budget',
    phase: 'planning',
    title: 'Split your budget',
    text: 'Each year, share the budget across infrastructure, training, research centers, incentives and trade policy. Money you leave unspent is lost.',
    targets: ['#budget-panel'],
  },
  {
    id: 'payoff',
    phase: 'planning',
    title: 'Watch the payoff preview',
    text: 'Some lines pay off only after years: roads, training and research centers take one to five years to show. The preview tells you when each line pays.',
    targets: ['#budget-panel .payoff', '#payoff-preview', '#budget-panel'],
  },
  {
    id: 'stakeholders',
    phase: 'planning',
    title: 'Keep stakeholders on board',
    text: 'Small firms, large firms, workers and donors each react to what you do. If their approval collapses, your term ends early.',
    targets: ['#hud'],
  },
  {
    id: 'end-year',
    phase: 'planning',
    title: 'Press End year',
    text: 'When your plan is ready, press End year. The year plays out, and an event may ask you to decide something.',
    button: { within: '#budget-panel', name: 'End year' },
    targets: ['#budget-panel'],
  },
  {
    id: 'why',
    phase: 'report',
    title: 'Why did it change?',
    text: 'Each report explains what moved output, jobs and poverty: this year’s decisions, earlier spending that pays off now, shocks, and the underlying trend. Open the table for every number.',
    targets: ['#report-why', '#year-report'],
  },
];

function readDone(storage: Storage): boolean {
  try {
    return storage.getItem(TUTORIAL_DONE_KEY) !== null;
  } catch {
    return false;
  }
}

function writeDone(storage: Storage, done: boolean): void {
  try {
    if (done) storage.setItem(TUTORIAL_DONE_KEY, new Date().toISOString());
    else storage.removeItem(TUTORIAL_DONE_KEY);
  } catch {
    // Storage may be unavailable (private mode): the tour then shows each session, which is fine.
  }
}

function visible(node: Element | null): node is HTMLElement {
  if (!(node instanceof HTMLElement) || node.hidden) return false;
  const rect = node.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function findTarget(doc: Document, step: Step): HTMLElement | null {
  if (step.button) {
    const scope = doc.querySelector(step.button.within);
    const name = t(step.button.name);
    const button = [...(scope?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name);
    if (visible(button ?? null)) return button as HTMLElement;
  }
  for (const selector of step.targets) {
    const node = doc.querySelector(selector);
    if (visible(node)) return node;
  }
  return null;
}

export interface Tutorial extends Component {
  /** Restarts the tour from its first tip. */
  restart(): void;
}

export function mountTutorial(ctx: UiContext, storage: Storage): Tutorial {
  const { doc } = ctx;
  const win = doc.defaultView;
  let active = !readDone(storage);
  const seen = new Set<string>();
  let current: Step | null = null;
  let target: HTMLElement | null = null;
  let returnFocus: HTMLElement | null = null;
  let lastPhase: string | null = null;

  const box = el(doc, 'section', { class: 'tutorial', role: 'dialog', 'aria-modal': 'false' });
  box.hidden = true;
  const count = el(doc, 'p', { class: 'tutorial__count' });
  const title = el(doc, 'h2', { class: 'tutorial__title', id: 'tutorial-title', tabindex: '-1' });
  const text = el(doc, 'p', { class: 'tutorial__text', id: 'tutorial-text' });
  const actions = el(doc, 'div', { class: 'tutorial__actions' });
  const skip = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Skip tutorial'));
  const next = el(doc, 'button', { type: 'button', class: 'primary' }, t('Next'));
  actions.append(skip, next);
  box.append(count, title, text, actions);
  box.setAttribute('aria-describedby', 'tutorial-text');
  // Inside the main landmark, so every piece of content belongs to one (it is positioned, not in the flow).
  (doc.getElementById('main') ?? doc.body).append(box);

  function setTarget(node: HTMLElement | null): void {
    target?.removeAttribute('data-tutorial-target');
    target = node;
    target?.setAttribute('data-tutorial-target', '');
  }

  function hide(): void {
    setHidden(box, true);
    current = null;
    setTarget(null);
  }

  function finish(): void {
    active = false;
    writeDone(storage, true);
    const back = returnFocus;
    hide();
    returnFocus = null;
    if (back?.isConnected && visible(back)) back.focus();
  }

  /** Phones: the tip is a card fixed to the top (or bottom) of the screen, the target in view beside it. */
  const NARROW_PX = 600;
  const MARGIN = 12;

  function isNarrow(): boolean {
    return (doc.documentElement.clientWidth || 1024) < NARROW_PX;
  }

  function place(): void {
    if (!current || box.hidden) return;
    const node = findTarget(doc, current);
    if (node !== target) setTarget(node);
    const scrollX = win?.scrollX ?? 0;
    const scrollY = win?.scrollY ?? 0;
    const viewport = doc.documentElement.clientWidth || 1024;
    if (isNarrow()) {
      box.style.position = 'fixed';
      box.style.inlineSize = `${viewport - 2 * MARGIN}px`;
      box.style.left = `${MARGIN}px`;
      const height = box.offsetHeight || 200;
      // On top of the screen, unless the target sits at the very top of the page (the HUD).
      const docTop = node ? node.getBoundingClientRect().top + scrollY : Infinity;
      const atBottom = docTop < height + 2 * MARGIN;
      setAttr(box, 'data-placement', atBottom ? 'below' : 'above');
      box.style.top = atBottom ? 'auto' : `${MARGIN}px`;
      box.style.bottom = atBottom ? `${MARGIN}px` : 'auto';
      return;
    }
    box.style.position = '';
    box.style.bottom = '';
    const width = Math.min(352, viewport - 2 * MARGIN);
    box.style.inlineSize = `${width}px`;
    const height = box.offsetHeight || 200;
    let placement: Placement = 'below';
    let left = MARGIN;
    let top = scrollY + MARGIN;
    if (node) {
      const r = node.getBoundingClientRect();
      const docTop = r.top + scrollY;
      const candidates: [Placement, boolean][] = [
        ['left', r.left - width - 2 * MARGIN >= 0],
        ['right', r.right + width + 2 * MARGIN <= viewport],
        ['above', docTop - height - 2 * MARGIN >= 0 && r.height > 120],
        ['below', true],
      ];
      placement = candidates.find(([, fits]) => fits)?.[0] ?? 'below';
      const clampX = (x: number) => Math.max(MARGIN, Math.min(x, viewport - width - MARGIN));
      if (placement === 'left' || placement === 'right') {
        left = placement === 'left' ? r.left - width - MARGIN * 1.5 : r.right + MARGIN * 1.5;
        top = Math.max(scrollY + MARGIN, docTop);
      } else if (placement === 'above') {
        left = clampX(r.left + r.width / 2 - width / 2);
        top = docTop - height - MARGIN * 1.5;
      } else {
        left = clampX(r.left + r.width / 2 - width / 2);
        top = r.bottom + scrollY + MARGIN * 1.5;
      }
      left += scrollX;
    }
    setAttr(box, 'data-placement', placement);
    box.style.left = `${Math.round(left)}px`;
    box.style.top = `${Math.round(top)}px`;
  }

  /** Scrolls so the tip and what it points at are both on screen. */
  function reveal(): void {
    if (!isNarrow()) {
      // The target may sit in a scrolling panel (the payoff preview): bring it into view, then the tip.
      target?.scrollIntoView?.({ block: 'nearest' });
      place();
      box.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    if (!target || !win) return;
    const r = target.getBoundingClientRect();
    const tip = box.getBoundingClientRect();
    const free = box.dataset.placement === 'above' ? { top: tip.bottom + MARGIN, bottom: win.innerHeight } : { top: 0, bottom: tip.top - MARGIN };
    // Show the target's top edge in the free part of the screen (a tall panel cannot fit whole).
    if (r.top < free.top || r.top > free.bottom - 60) win.scrollBy({ top: r.top - free.top, behavior: 'instant' as ScrollBehavior });
  }

  function show(step: Step, takeFocus: boolean): void {
    const wasHidden = box.hidden;
    current = step;
    const index = TUTORIAL_STEPS.indexOf(step);
    count.textContent = t('Tip {n} of {total}', { n: index + 1, total: TUTORIAL_STEPS.length });
    title.textContent = t(step.title);
    text.textContent = t(step.text);
    box.setAttribute('aria-label', t('Tutorial: {title}', { title: t(step.title) }));
    const isLast = index === TUTORIAL_STEPS.length - 1;
    next.textContent = isLast ? t('Done') : t('Next');
    box.hidden = false;
    place();
    if (takeFocus) {
      if (wasHidden) {
        const active_ = doc.activeElement;
        returnFocus = active_ instanceof HTMLElement && active_ !== doc.body && !box.contains(active_) ? active_ : null;
      }
      title.focus({ preventScroll: true });
    }
    reveal();
  }

  /** The first unseen tip for this phase, if any. */
  function stepFor(phase: string): Step | null {
    return TUTORIAL_STEPS.find((s) => s.phase === phase && !seen.has(s.id)) ?? null;
  }

  function refresh(snapshot: GameSnapshot, takeFocus: boolean): void {
    const phase = String(snapshot.value);
    if (lastPhase !== null && phase !== lastPhase && phase !== 'title') {
      // The player moved on (pressed End year, Next): the tips for the phase they left are done.
      // (Quitting the game is not moving on: the next game shows them again.)
      for (const s of TUTORIAL_STEPS) if (s.phase === lastPhase) seen.add(s.id);
    }
    lastPhase = phase;
    if (!active) return hide();
    if (TUTORIAL_STEPS.every((s) => seen.has(s.id))) return finish();
    const step = stepFor(phase);
    if (!step) return hide();
    if (step !== current) show(step, takeFocus);
    else place();
  }

  next.addEventListener('click', () => {
    if (!current) return;
    const done = current;
    seen.add(done.id);
    if (TUTORIAL_STEPS.every((s) => seen.has(s.id))) return finish();
    const following = stepFor(done.phase);
    if (following) return show(following, true);
    // No more tips in this phase: hand focus to what the last tip pointed at (End year), or back.
    const pointed = target;
    hide();
    const back = pointed && pointed.tagName === 'BUTTON' ? pointed : returnFocus;
    if (back?.isConnected && visible(back)) back.focus();
  });
  skip.addEventListener('click', finish);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      finish();
    }
  });
  win?.addEventListener('resize', place);

  return {
    update(snapshot: GameSnapshot) {
      refresh(snapshot, true);
      // Panels may still be laying out (fonts, the stage): place the tip again once they settle.
      win?.requestAnimationFrame?.(place);
    },
    restart() {
      active = true;
      seen.clear();
      writeDone(storage, false);
      current = null;
      refresh(ctx.snapshot(), true);
    },
  };
}
