// The budget panel: a slider and a US$ field per budget line, what is left, the trade settings,
// the payoff preview and End year. The machine's draft is the only copy of the decisions: every
// change is sent as SET_DECISIONS (at most once per animation frame) and the panel redraws from
// the snapshot. A line can never take more than what is left (clamped here; the machine also guards).
import type { GameEvent, GameSnapshot } from '../flow';
import { INCENTIVE_TARGETS, LEVERS, type Decisions, type Lever } from '../model';
import {
  clampShown,
  clampTariff,
  INCENTIVE_TARGET_HINTS,
  INCENTIVE_TARGET_LABELS,
  isIncentiveTarget,
  LABOR_STANDARDS_HINT,
  LEVER_HINTS,
  moneyStep,
  moneyText,
  moneyTolerance,
  selectBudget,
  SLIDER_TOLERANCE,
  TARIFF_HINT,
  type BudgetView,
} from '../view/budget';
import {
  formatChange,
  formatCountChange,
  formatNumber,
  formatPointChange,
  formatShare,
  formatUsdM,
} from '../view/format';
import { LEVER_LABELS } from '../view/labels';
import { selectPayoffFor, type LeverPayoff, type PayoffView } from '../view/payoff';
import { el, setAttr, setDisabled, setHidden, setText, type Component, type UiContext } from './component';
import { translateProblems } from '../platform/problem-text';
import { t } from './i18n';
import { protectionWords, unitAround } from './budget-words';
import { mountPrediction } from './prediction';
import './budget-panel.css';

type DecisionChange = Extract<GameEvent, { type: 'SET_DECISIONS' }>['decisions'];

interface LineControls {
  row: HTMLElement;
  range: HTMLInputElement;
  number: HTMLInputElement;
  share: HTMLElement;
  hint: HTMLElement;
  segment: HTMLElement;
}

function mergeChange(a: DecisionChange | null, b: DecisionChange): DecisionChange {
  return { ...(a ?? {}), ...b, allocation: { ...(a?.allocation ?? {}), ...(b.allocation ?? {}) } };
}

export function mountBudgetPanel(root: HTMLElement, ctx: UiContext): Component {
  const { doc } = ctx;
  const win = doc.defaultView;

  // --- Changes waiting for the next animation frame, merged; sent as one SET_DECISIONS. ---
  let pending: DecisionChange | null = null;
  let frame = 0;
  function flush(): void {
    if (frame && win) win.cancelAnimationFrame(frame);
    frame = 0;
    const change = pending;
    pending = null;
    if (change) ctx.send({ type: 'SET_DECISIONS', decisions: change });
  }
  function queue(change: DecisionChange): void {
    pending = mergeChange(pending, change);
    if (!win?.requestAnimationFrame) return flush();
    if (!frame) frame = win.requestAnimationFrame(flush);
  }
  /** The draft as it will be once the queued change is applied. */
  function liveDraft(): Decisions | null {
    const draft = ctx.snapshot().context.draft;
    if (!draft) return null;
    if (!pending) return draft;
    return {
      allocation: { ...draft.allocation, ...(pending.allocation ?? {}) },
      tariff: pending.tariff ?? draft.tariff,
      incentiveTarget: pending.incentiveTarget ?? draft.incentiveTarget,
      laborStandards: pending.laborStandards ?? draft.laborStandards,
    };
  }

  // --- Static structure, built once. ---
  const heading = el(doc, 'h3', { class: 'budget__title', id: 'budget-heading' }, t('Budget'));
  // Not a live region: each slider already speaks its value; running out is announced once (showLimit).
  const left = el(doc, 'p', { class: 'budget__left', id: 'budget-left' });
  const stack = el(doc, 'div', { class: 'budget__stack', 'aria-hidden': 'true' });
  const stackRest = el(doc, 'span', { class: 'budget__stack-rest' });
  // One line that never changes height, so a slider never jumps under the pointer.
  const status = el(doc, 'p', { class: 'budget__status', id: 'budget-status' });
  let limitShown = false;
  const lineList = el(doc, 'div', { class: 'budget__lines', role: 'group', 'aria-labelledby': 'budget-heading' });
  const controls = {} as Record<Lever, LineControls>;
  let limitTimer = 0;

  function showLimit(): void {
    if (!limitShown) ctx.announce(t('Nothing left: lower another line first.'));
    limitShown = true;
    status.textContent = t('Nothing left: lower another line first.');
    status.classList.add('budget__status--limit');
    left.classList.add('budget__left--limit');
    if (win) {
      win.clearTimeout(limitTimer);
      limitTimer = win.setTimeout(() => {
        limitShown = false;
        left.classList.remove('budget__left--limit');
        status.classList.remove('budget__status--limit');
        const view = selectBudget(ctx.snapshot());
        if (view) drawStatus(view);
      }, 2500);
    }
  }

  function drawStatus(view: BudgetView): void {
    if (limitShown) return;
    setText(status, t('{share} of the budget allocated.', { share: formatShare(view.allocatedShare, { digits: 0 }) }));
  }

  function setShare(lever: Lever, requested: number, source: HTMLInputElement): void {
    const draft = liveDraft();
    if (!draft) return;
    const budget = selectBudget(ctx.snapshot())?.budgetUsdM ?? 0;
    const c = controls[lever];
    // What is refused follows what is shown: a request within the shown rounding of the room fits.
    const tolerance = source === c.range ? SLIDER_TOLERANCE : moneyTolerance(budget);
    const { share, limited } = clampShown(draft.allocation, lever, requested, tolerance);
    if (limited) showLimit();
    if (share !== draft.allocation[lever]) queue({ allocation: { [lever]: share } });
    // Show the clamped value at once, in both fields (the snapshot redraw confirms it).
    if (source === c.range) c.range.value = String(Math.round(share * 100));
    else if (limited) c.number.value = moneyText(share * budget, budget);
    drawLine(lever, share, budget);
  }

  for (const lever of LEVERS) {
    const rangeId = `budget-${lever}`;
    const hintId = `budget-${lever}-hint`;
    const row = el(doc, 'div', { class: `budget-line budget-line--${lever}` });
    const label = el(doc, 'label', { for: rangeId, class: 'budget-line__label' });
    label.append(
      el(doc, 'span', { class: 'budget-line__swatch', 'aria-hidden': 'true' }),
      doc.createTextNode(t(lineLabel(lever))),
    );
    const share = el(doc, 'span', { class: 'budget-line__share', 'aria-hidden': 'true' });
    const money = el(doc, 'span', { class: 'budget-line__money' });
    const number = el(doc, 'input', {
      type: 'number',
      class: 'budget-line__number',
      id: `${rangeId}-usd`,
      inputmode: 'decimal',
      min: '0',
      'aria-label': t('{line} (US$ million)', { line: t(lineLabel(lever)) }),
      'aria-describedby': 'budget-left',
    });
    // The unit around the field in the language's one money style ("US$ … m", "… M$ US"); set in draw().
    money.append(
      el(doc, 'span', { 'aria-hidden': 'true', class: 'budget-line__unit' }),
      number,
      el(doc, 'span', { 'aria-hidden': 'true', class: 'budget-line__unit' }),
    );
    const range = el(doc, 'input', {
      type: 'range',
      class: 'budget-range',
      id: rangeId,
      min: '0',
      max: '100',
      step: '1',
      'aria-describedby': `${hintId} budget-left`,
    });
    const hint = el(doc, 'p', { class: 'budget-line__hint', id: hintId });
    // DOM order (and so Tab order): slider, then its US$ field; the grid places the field on the first row.
    row.append(label, share, range, money, hint);
    lineList.append(row);

    range.addEventListener('input', () => setShare(lever, range.valueAsNumber / 100, range));
    number.addEventListener('input', () => {
      if (number.value.trim() === '' || !Number.isFinite(number.valueAsNumber)) return;
      const budget = selectBudget(ctx.snapshot())?.budgetUsdM ?? 0;
      if (budget > 0) setShare(lever, number.valueAsNumber / budget, number);
    });
    number.addEventListener('change', () => {
      const budget = selectBudget(ctx.snapshot())?.budgetUsdM ?? 0;
      if (number.value.trim() === '' && budget > 0) setShare(lever, 0, number);
      flush();
      number.value = moneyText((liveDraft()?.allocation[lever] ?? 0) * budget, budget);
    });
    const segment = el(doc, 'span', { class: `budget__stack-part budget__stack-part--${lever}` });
    stack.append(segment);
    controls[lever] = { row, range, number, share, hint, segment };
  }
  stack.append(stackRest);

  // --- Trade and rules: tariff, incentive target, labor standards. ---
  const rules = el(doc, 'fieldset', { class: 'budget__rules' });
  rules.append(el(doc, 'legend', {}, t('Rules that cost no budget')));
  const tariffRow = el(doc, 'div', { class: 'rule rule--tariff' });
  const tariffHead = el(doc, 'div', { class: 'budget-line__head' });
  const tariffLabel = el(doc, 'label', { for: 'tariff', class: 'budget-line__label' }, t('Tariff'));
  const tariffValue = el(doc, 'output', { for: 'tariff', class: 'rule__value' });
  tariffHead.append(tariffLabel, tariffValue);
  const tariff = el(doc, 'input', {
    type: 'range',
    id: 'tariff',
    class: 'budget-range budget-range--tariff',
    min: '0',
    max: '100',
    step: '1',
    'aria-describedby': 'tariff-start tariff-hint',
  });
  const tariffStart = el(doc, 'p', { class: 'rule__start', id: 'tariff-start' });
  const tariffScale = el(doc, 'div', { class: 'rule__scale' });
  tariffScale.append(tariffStart);
  const tariffHint = el(doc, 'p', { class: 'budget-line__hint', id: 'tariff-hint' }, t(TARIFF_HINT));
  tariffRow.append(tariffHead, tariff, tariffScale, tariffHint);
  tariff.addEventListener('input', () => {
    const value = clampTariff(tariff.valueAsNumber / 100);
    queue({ tariff: value });
    drawTariff(value, startTariff);
  });

  const targetRow = el(doc, 'div', { class: 'rule rule--target' });
  const targetLabel = el(doc, 'label', { for: 'incentive-target', class: 'budget-line__label' }, t('Incentive target'));
  const target = el(doc, 'select', { id: 'incentive-target', 'aria-describedby': 'incentive-target-hint' });
  for (const value of INCENTIVE_TARGETS) target.append(el(doc, 'option', { value }, t(INCENTIVE_TARGET_LABELS[value])));
  const targetHint = el(doc, 'p', { class: 'budget-line__hint', id: 'incentive-target-hint' });
  targetRow.append(targetLabel, target, targetHint);
  target.addEventListener('change', () => {
    if (isIncentiveTarget(target.value)) {
      queue({ incentiveTarget: target.value });
      targetHint.textContent = t(INCENTIVE_TARGET_HINTS[target.value]);
    }
  });

  const standardsRow = el(doc, 'div', { class: 'rule rule--standards' });
  const standards = el(doc, 'input', {
    type: 'checkbox',
    id: 'labor-standards',
    'aria-describedby': 'labor-standards-hint',
  });
  const standardsLabel = el(
    doc,
    'label',
    { for: 'labor-standards', class: 'budget-line__label' },
    t('Labor standards'),
  );
  const standardsHint = el(
    doc,
    'p',
    { class: 'budget-line__hint', id: 'labor-standards-hint' },
    t(LABOR_STANDARDS_HINT),
  );
  const standardsLine = el(doc, 'div', { class: 'rule__check' });
  standardsLine.append(standards, standardsLabel);
  standardsRow.append(standardsLine, standardsHint);
  standards.addEventListener('change', () => queue({ laborStandards: standards.checked }));
  rules.append(tariffRow, targetRow, standardsRow);

  // --- Payoff preview. ---
  const payoff = el(doc, 'section', { class: 'payoff', 'aria-labelledby': 'payoff-heading' });
  const payoffHeading = el(doc, 'h4', { id: 'payoff-heading' }, t('When it pays off'));
  const payoffNote = el(doc, 'p', { class: 'payoff__note' });
  const payoffList = el(doc, 'ul', { class: 'payoff__list' });
  payoff.append(payoffHeading, payoffNote, payoffList);

  // --- Messages and End year. ---
  const rejection = el(doc, 'p', { class: 'budget__rejection', role: 'alert', hidden: '' });
  const actions = el(doc, 'div', { class: 'budget__actions' });
  const unspent = el(doc, 'p', { class: 'budget__unspent', id: 'budget-unspent' });
  const endYear = el(
    doc,
    'button',
    { type: 'button', class: 'primary budget__end', 'aria-describedby': 'budget-unspent' },
    t('End year'),
  );
  endYear.addEventListener('click', () => {
    flush();
    ctx.send({ type: 'END_YEAR' });
  });
  actions.append(unspent, endYear);

  const summary = el(doc, 'div', { class: 'budget__summary' });
  summary.append(left, stack, status);
  root.replaceChildren(heading, summary, lineList, rejection, payoff, rules, actions);
  // The optional prediction of the year, just before End year (src/ui/prediction.ts).
  const prediction = mountPrediction(ctx);
  actions.before(prediction.element);
  root.classList.add('budget');

  // --- Drawing from the snapshot. ---
  let startTariff = 0;

  function drawLine(lever: Lever, share: number, budget: number): void {
    const c = controls[lever];
    setText(c.share, formatShare(share, { digits: 0 }));
    c.segment.style.inlineSize = `${share * 100}%`;
    c.range.style.setProperty('--value', `${share * 100}%`);
    setAttr(c.range, 'aria-valuetext', t('{share}, {money}', { share: formatShare(share, { digits: 0 }), money: formatUsdM(share * budget) }));
  }

  function drawTariff(value: number, start: number): void {
    setText(tariffValue, `${formatShare(value, { digits: 0 })} · ${protectionWords(value)}`);
    tariff.style.setProperty('--value', `${value * 100}%`);
    tariff.style.setProperty('--start', `${start * 100}%`);
    setAttr(tariff, 'aria-valuetext', `${formatShare(value, { digits: 0 })}, ${protectionWords(value)}`);
  }

  function draw(view: BudgetView): void {
    startTariff = view.tariffStart;
    const step = moneyStep(view.budgetUsdM);
    const digits = step < 0.1 ? 2 : 1;
    setText(
      left,
      t('US$ {left} m left of {budget}', {
        left: formatNumber(view.remainingUsdM, { digits }),
        budget: formatNumber(view.budgetUsdM, { digits: view.budgetUsdM % 1 === 0 ? 0 : 1 }),
      }),
    );
    stackRest.style.inlineSize = `${view.remainingShare * 100}%`;
    const units = unitAround(t('US$ {amount} m'));
    for (const lever of LEVERS)
      controls[lever].row.querySelectorAll<HTMLElement>('.budget-line__unit').forEach((span, i) => {
        setText(span, units[i] ?? '');
        setHidden(span, !units[i]);
      });
    drawStatus(view);
    for (const line of view.lines) {
      const c = controls[line.lever];
      // The track shows how far this line can go before the budget runs out.
      const reach = `${line.maxShare * 100}%`;
      if (c.range.style.getPropertyValue('--reach') !== reach) c.range.style.setProperty('--reach', reach);
      setDisabled(c.range, !view.editable);
      setDisabled(c.number, !view.editable);
      setAttr(c.number, 'max', moneyText(line.maxUsdM, view.budgetUsdM));
      setAttr(c.number, 'step', String(step));
      const active = doc.activeElement;
      if (active !== c.range || !pending) c.range.value = String(Math.round(line.share * 100));
      const typed = c.number.valueAsNumber;
      const typing = active === c.number && Number.isFinite(typed) && Math.abs(typed - line.usdM) < step / 2;
      if (!typing && !(active === c.number && c.number.value.trim() === ''))
        c.number.value = moneyText(line.usdM, view.budgetUsdM);
      setText(c.hint, t(LEVER_HINTS[line.lever]));
      drawLine(line.lever, line.share, view.budgetUsdM);
    }
    if (doc.activeElement !== tariff || !pending) tariff.value = String(Math.round(view.tariff * 100));
    drawTariff(view.tariff, view.tariffStart);
    // A mark under the track where the tariff stood when the term began (aligned with the thumb's center).
    const startWords = t('start of term: {tariff}', { tariff: formatShare(view.tariffStart, { digits: 0 }) });
    if (tariffStart.lastChild?.textContent !== startWords)
      tariffStart.replaceChildren(el(doc, 'span', { 'aria-hidden': 'true', class: 'rule__start-arrow' }, '▲'), doc.createTextNode(startWords));
    tariffStart.style.setProperty('--at', String(view.tariffStart));
    target.value = view.incentiveTarget;
    setText(targetHint, t(INCENTIVE_TARGET_HINTS[view.incentiveTarget]));
    standards.checked = view.laborStandards;
    for (const input of [tariff, target, standards, endYear] as const) setDisabled(input, !view.editable);

    setHidden(rejection, !view.rejection);
    setText(rejection, view.rejection ? t('That change was refused: {why}.', { why: translateProblems(view.rejection, t) }) : '');
    setText(
      unspent,
      view.remainingUsdM > step / 2
        ? t('{money} unspent: it does not carry over to next year.', { money: formatUsdM(view.remainingUsdM, { digits }) })
        : t('The whole budget is allocated.'),
    );
  }

  // Beside the town, the panel is as tall as the window below its top (so End year is in view at once);
  // it scrolls inside. Measured when a new year opens and when the window is resized.
  let lastFitKey = '';
  function fitToWindow(): void {
    if (!win || root.hidden) return;
    const top = root.getBoundingClientRect().top + win.scrollY;
    root.style.setProperty('--budget-fit', `${Math.max(384, Math.round(win.innerHeight - top - 12))}px`);
  }
  win?.addEventListener('resize', fitToWindow);

  let payoffKey: unknown[] = [];
  function drawPayoff(snapshot: GameSnapshot): void {
    const { context } = snapshot;
    const key = [context.draft, context.history.length, context.history[context.history.length - 1]];
    if (key.every((k, i) => k === payoffKey[i])) return;
    payoffKey = key;
    const view = selectPayoffFor(snapshot);
    if (!view) return;
    setText(payoffNote, t('If you keep this plan every year from {from} to {to}, and no shocks or events hit.', { from: view.fromYear, to: view.toYear }));
    payoffList.replaceChildren(...payoffRows(view));
  }

  function payoffRows(view: PayoffView): HTMLElement[] {
    if (view.lines.length === 0)
      return [el(doc, 'li', { class: 'payoff__empty' }, t('Fund a budget line to see when it pays off.'))];
    return view.lines.map((line) => {
      // Each line on its own scale: the bars show the timing; the words give the size.
      const top = Math.max(0.2, ...line.years.map((y) => Math.abs(y.outputPct)));
      const row = el(doc, 'li', { class: `payoff-row payoff-row--${line.lever}` });
      const name = el(doc, 'span', { class: 'payoff-row__name' }, t(lineLabel(line.lever)));
      const bars = el(doc, 'span', { class: 'payoff-row__bars', 'aria-hidden': 'true' });
      for (const year of line.years) {
        const bar = el(doc, 'span', { class: 'payoff-row__bar' });
        bar.style.blockSize = `${Math.max(0, (Math.abs(year.outputPct) / top) * 100)}%`;
        if (year.outputPct < 0) bar.classList.add('payoff-row__bar--loss');
        if (year.year > view.termEndYear) bar.classList.add('payoff-row__bar--after');
        if (!line.firstYear || year.year < line.firstYear.year) bar.classList.add('payoff-row__bar--faint');
        bar.title = `${year.year}: ${formatChange(year.outputPct, { unit: '%' })}`;
        bars.append(bar);
      }
      const words = el(doc, 'span', { class: 'payoff-row__words' }, payoffWords(line, view));
      const detail = el(doc, 'span', { class: 'payoff-row__detail' }, payoffDetail(line));
      row.append(name, bars, words, detail);
      return row;
    });
  }

  return {
    update(snapshot) {
      const view = selectBudget(snapshot);
      const show = !!view && snapshot.value === 'planning';
      setHidden(root, !show);
      if (!view || !show) {
        pending = null;
        return;
      }
      const state = snapshot.context.history[snapshot.context.history.length - 1];
      setText(heading, state ? t('Budget for {year}', { year: state.year + 1 }) : t('Budget'));
      draw(view);
      drawPayoff(snapshot);
      prediction.update(snapshot);
      const fitKey = `${snapshot.context.history.length}/${snapshot.context.scenario?.id}`;
      if (fitKey !== lastFitKey) {
        lastFitKey = fitKey;
        // A new year opens the panel at its top (its inner scroll would otherwise stay where last year's was),
        // and the page too if it was left scrolled down the report.
        root.scrollTop = 0;
        if (root.getBoundingClientRect().top < 0) win?.scrollTo({ top: 0, behavior: 'instant' });
        win?.requestAnimationFrame?.(fitToWindow);
      }
    },
  };
}

function lineLabel(lever: Lever): string {
  return LEVER_LABELS[lever];
}

/** "Pays off from 2004 (year 3), +2.4 % output by 2011". */
function payoffWords(line: LeverPayoff, view: PayoffView): string {
  if (line.firstYear && line.peak) {
    const last = line.years[line.years.length - 1];
    const gain = formatChange(line.peak.outputPct, { unit: '%' }).replace(/^▲ /, '+');
    const from = t('Pays off from {year} (year {k})', { year: line.firstYear.year, k: line.firstYear.termYear });
    return last && line.peak.year === last.year
      ? t('{from}: {gain} output by {year}.', { from, gain, year: line.peak.year })
      : t('{from}: peaks at {gain} output in {year}.', { from, gain, year: line.peak.year });
  }
  if (line.costsOutput) return t('Costs output within {n} years.', { n: view.years });
  if (line.lever === 'research')
    return t('No noticeable payoff by {year}: research needs skilled workers to use it.', { year: view.toYear });
  return t('No noticeable payoff by {year}.', { year: view.toYear });
}

/** Jobs and poverty at the end of the horizon: "▲ 3,772 jobs · poverty ▼ 1.6 points by 2011". */
function payoffDetail(line: LeverPayoff): string {
  const last = line.years[line.years.length - 1];
  if (!last) return '';
  const parts: string[] = [];
  if (Math.abs(last.jobs) >= 0.5) parts.push(formatCountChange(last.jobs, t('jobs')));
  if (Math.abs(last.povertyPoints) >= 0.05)
    parts.push(t('poverty {change}', { change: formatPointChange(last.povertyPoints / 100, { unit: t('points') }) }));
  return parts.length > 0 ? t('{changes} by {year}', { changes: parts.join(' · '), year: last.year }) : '';
}
