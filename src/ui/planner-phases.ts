// The planner's plan editor: one fieldset per phase, with the budget panel's controls and names (a
// slider and a US$ field per budget line, Tariff, Incentive target, Labor standards), the phase's
// years (From year / To year), what is left of the budget, Remove phase, and the event choices the
// phase names. Editors are kept across edits (only added or removed when the number of phases
// changes), so focus stays where it was; an input updates its own phase's figures at once and
// hands the edited plan to the screen, which re-runs it.
import { defaultChoiceId, INCENTIVE_TARGETS, LEVERS, type Lever } from '../model';
import type { Scenario } from '../scenario';
import {
  clampShown,
  INCENTIVE_TARGET_LABELS,
  isIncentiveTarget,
  moneyStep,
  moneyText,
  moneyTolerance,
  SLIDER_TOLERANCE,
} from '../view/budget';
import { formatNumber, formatShare, formatUsdM } from '../view/format';
import { LEVER_LABELS } from '../view/labels';
import {
  phaseEnd,
  phaseRemainingShare,
  planBudgetUsdM,
  removePhase,
  setPhaseEnd,
  setPhaseEventChoice,
  setPhaseIncentiveTarget,
  setPhaseLaborStandards,
  setPhaseShare,
  setPhaseStart,
  setPhaseTariff,
  type Phase,
  type PlannerPlan,
} from '../view/planner';
import type { PlanRun } from '../view/planner-run';
import { el } from './component';
import { t } from './i18n';
import { protectionWords, unitAround } from './budget-words';

export interface PhaseListHost {
  doc: Document;
  plan(): PlannerPlan;
  scenario(): Scenario;
  /** The edited plan; `structural` when phases were added, removed or moved (editors are re-synced). */
  change(plan: PlannerPlan, event: Event, structural: boolean): void;
  announce(message: string): void;
}

export interface PhaseList {
  element: HTMLElement;
  /** Matches the editors to the plan (adds or removes editors, sets every control). */
  sync(plan: PlannerPlan): void;
  /** Says, in each phase's event choices, which events fire in that phase with the plan. */
  showEvents(run: PlanRun | null): void;
  /** Moves focus into phase `index` (its first control). */
  focusPhase(index: number): void;
}

/** Sets an inline style property only when it changes (each change restyles the element and its track). */
function setStyle(node: HTMLElement, name: string, value: string): void {
  if (node.style.getPropertyValue(name) !== value) node.style.setProperty(name, value);
}

/** Sets text only when it changes. */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** "Years 1–3 (2010–2012)" or "Year 4 (2013)". */
export function phaseTitle(from: number, to: number, startYear: number): string {
  return from === to
    ? t('Year {k} ({year})', { k: from, year: startYear + from })
    : t('Years {from}–{to} ({first}–{last})', { from, to, first: startYear + from, last: startYear + to });
}

interface LineControls {
  range: HTMLInputElement;
  number: HTMLInputElement;
  share: HTMLElement;
  segment: HTMLElement;
}

interface EventControls {
  select: HTMLSelectElement;
  note: HTMLElement;
}

interface PhaseEditor {
  element: HTMLLIElement;
  index: number;
  update(plan: PlannerPlan): void;
  showEvents(run: PlanRun | null, plan: PlannerPlan): void;
  focus(): void;
}

let counter = 0;

export function mountPhaseList(host: PhaseListHost): PhaseList {
  const { doc } = host;
  const list = el(doc, 'ol', { class: 'planner-phase-list' });
  const editors: PhaseEditor[] = [];
  let scenarioId = '';

  function makeEditor(): PhaseEditor {
    const uid = `pp${++counter}`;
    const item = el(doc, 'li', { class: 'planner-phase' });
    const fieldset = el(doc, 'fieldset', { class: 'planner-phase__fieldset' });
    const legend = el(doc, 'legend', { class: 'planner-phase__title', id: `${uid}-title` });
    const editor: PhaseEditor = { element: item, index: 0, update, showEvents, focus };

    // --- Years and Remove phase. ---
    const range = el(doc, 'div', { class: 'planner-phase__range' });
    const yearField = (label: string, id: string): HTMLInputElement => {
      const wrap = el(doc, 'span', { class: 'planner-year-field' });
      const input = el(doc, 'input', { type: 'number', id, min: '1', step: '1', inputmode: 'numeric', 'aria-describedby': `${uid}-title` });
      wrap.append(el(doc, 'label', { class: 'planner-field planner-field--year', for: id }, label), input);
      range.append(wrap);
      return input;
    };
    const fromYear = yearField(t('From year'), `${uid}-from`);
    const toYear = yearField(t('To year'), `${uid}-to`);
    const remove = el(doc, 'button', { type: 'button', class: 'secondary planner-phase__remove', 'aria-describedby': `${uid}-title` }, t('Remove phase'));
    range.append(remove);

    // --- What is left. ---
    const left = el(doc, 'p', { class: 'budget__left planner-phase__left', id: `${uid}-left` });
    const stack = el(doc, 'div', { class: 'budget__stack', 'aria-hidden': 'true' });
    const stackRest = el(doc, 'span', { class: 'budget__stack-rest' });
    const status = el(doc, 'p', { class: 'budget__status' });

    // --- Budget lines. ---
    const lines = el(doc, 'div', { class: 'budget__lines' });
    const controls = {} as Record<Lever, LineControls>;
    for (const lever of LEVERS) {
      const rangeId = `${uid}-${lever}`;
      const row = el(doc, 'div', { class: `budget-line budget-line--${lever} planner-line` });
      const label = el(doc, 'label', { for: rangeId, class: 'budget-line__label' });
      label.append(el(doc, 'span', { class: 'budget-line__swatch', 'aria-hidden': 'true' }), doc.createTextNode(t(LEVER_LABELS[lever])));
      const share = el(doc, 'span', { class: 'budget-line__share', 'aria-hidden': 'true' });
      const money = el(doc, 'span', { class: 'budget-line__money' });
      const number = el(doc, 'input', {
        type: 'number',
        class: 'budget-line__number',
        id: `${rangeId}-usd`,
        inputmode: 'decimal',
        min: '0',
        'aria-label': t('{line} (US$ million)', { line: t(LEVER_LABELS[lever]) }),
        'aria-describedby': `${uid}-left`,
      });
      const [before, after] = unitAround(t('US$ {amount} m'));
      const unit = (text: string): HTMLElement => {
        const span = el(doc, 'span', { 'aria-hidden': 'true', class: 'budget-line__unit' }, text);
        span.hidden = !text;
        return span;
      };
      money.append(unit(before), number, unit(after));
      const slider = el(doc, 'input', {
        type: 'range',
        class: 'budget-range',
        id: rangeId,
        min: '0',
        max: '100',
        step: '1',
        'aria-describedby': `${uid}-left`,
      });
      row.append(label, share, slider, money);
      lines.append(row);
      const segment = el(doc, 'span', { class: `budget__stack-part budget__stack-part--${lever}` });
      stack.append(segment);
      controls[lever] = { range: slider, number, share, segment };

      slider.addEventListener('input', (event) => setShare(lever, slider.valueAsNumber / 100, slider, event));
      number.addEventListener('input', (event) => {
        if (number.value.trim() === '' || !Number.isFinite(number.valueAsNumber)) return;
        const budget = planBudgetUsdM(host.plan(), host.scenario());
        if (budget > 0) setShare(lever, number.valueAsNumber / budget, number, event);
      });
      number.addEventListener('change', (event) => {
        const plan = host.plan();
        const budget = planBudgetUsdM(plan, host.scenario());
        if (number.value.trim() === '' && budget > 0) setShare(lever, 0, number, event);
        const phase = host.plan().phases[editor.index];
        if (phase) number.value = moneyText(phase.allocation[lever] * budget, budget);
      });
    }
    stack.append(stackRest);

    // --- Rules that cost no budget. ---
    const rules = el(doc, 'fieldset', { class: 'budget__rules planner-phase__rules' });
    rules.append(el(doc, 'legend', {}, t('Rules that cost no budget')));
    const tariffRow = el(doc, 'div', { class: 'rule rule--tariff' });
    const tariffHead = el(doc, 'div', { class: 'budget-line__head' });
    const tariff = el(doc, 'input', { type: 'range', id: `${uid}-tariff`, class: 'budget-range budget-range--tariff', min: '0', max: '100', step: '1' });
    const tariffValue = el(doc, 'output', { for: `${uid}-tariff`, class: 'rule__value' });
    tariffHead.append(el(doc, 'label', { for: `${uid}-tariff`, class: 'budget-line__label' }, t('Tariff')), tariffValue);
    tariffRow.append(tariffHead, tariff);
    tariff.addEventListener('input', (event) => {
      const next = setPhaseTariff(host.plan(), editor.index, tariff.valueAsNumber / 100);
      host.change(next, event, false);
      drawTariff(next.phases[editor.index]?.tariff ?? 0);
    });

    const targetRow = el(doc, 'div', { class: 'rule rule--target' });
    const target = el(doc, 'select', { id: `${uid}-target` });
    for (const value of INCENTIVE_TARGETS) target.append(el(doc, 'option', { value }, t(INCENTIVE_TARGET_LABELS[value])));
    targetRow.append(el(doc, 'label', { for: `${uid}-target`, class: 'budget-line__label' }, t('Incentive target')), target);
    target.addEventListener('change', (event) => {
      if (isIncentiveTarget(target.value)) host.change(setPhaseIncentiveTarget(host.plan(), editor.index, target.value), event, false);
    });

    const standardsRow = el(doc, 'div', { class: 'rule rule--standards' });
    const standardsLine = el(doc, 'div', { class: 'rule__check' });
    const standards = el(doc, 'input', { type: 'checkbox', id: `${uid}-standards` });
    standardsLine.append(standards, el(doc, 'label', { for: `${uid}-standards`, class: 'budget-line__label' }, t('Labor standards')));
    standardsRow.append(standardsLine);
    standards.addEventListener('change', (event) =>
      host.change(setPhaseLaborStandards(host.plan(), editor.index, standards.checked), event, false),
    );
    rules.append(tariffRow, targetRow, standardsRow);

    // --- Event choices: built for the scenario's events (rebuilt when the cluster changes). ---
    const events = el(doc, 'details', { class: 'planner-phase__events' });
    const eventsSummary = el(doc, 'summary');
    const eventsBody = el(doc, 'div', { class: 'planner-events' });
    events.append(eventsSummary, eventsBody);
    let eventControls = new Map<string, EventControls>();
    let eventsFor = '';

    function buildEvents(scenario: Scenario): void {
      eventsFor = scenario.id;
      eventControls = new Map();
      const intro = el(doc, 'p', { class: 'planner-events__intro' }, t('An event takes its default choice unless this phase names one.'));
      const rows = scenario.events.map((spec) => {
        const id = `${uid}-event-${eventControls.size}`;
        const row = el(doc, 'div', { class: 'planner-event' });
        const select = el(doc, 'select', { id, 'aria-describedby': `${id}-note` });
        const fallback = spec.choices.find((c) => c.id === defaultChoiceId(spec)) ?? spec.choices[0];
        select.append(el(doc, 'option', { value: '' }, t('Default: {choice}', { choice: fallback?.label ?? '' })));
        for (const choice of spec.choices) select.append(el(doc, 'option', { value: choice.id }, choice.label));
        const note = el(doc, 'p', { class: 'planner-event__note', id: `${id}-note` });
        row.append(el(doc, 'label', { for: id, class: 'planner-event__title' }, spec.title), select, note);
        select.addEventListener('change', (event) =>
          host.change(setPhaseEventChoice(host.plan(), editor.index, spec.id, select.value || null), event, false),
        );
        eventControls.set(spec.id, { select, note });
        return row;
      });
      eventsBody.replaceChildren(intro, ...rows);
    }

    fieldset.append(legend, range, left, stack, status, lines, rules, events);
    item.append(fieldset);

    remove.addEventListener('click', (event) => {
      const plan = host.plan();
      const title = legend.textContent ?? '';
      host.change(removePhase(plan, editor.index), event, true);
      host.announce(t('{phase} removed.', { phase: title }));
    });
    const applyYears = (event: Event, final: boolean): void => {
      const plan = host.plan();
      const input = event.target as HTMLInputElement;
      const value = input.valueAsNumber;
      if (!Number.isFinite(value)) {
        if (final) update(plan);
        return;
      }
      const next = input === fromYear ? setPhaseStart(plan, editor.index, value) : setPhaseEnd(plan, editor.index, value);
      if (next !== plan) host.change(next, event, true);
      // A number typed out of range snaps back once the field is left.
      if (final) update(next);
    };
    for (const input of [fromYear, toYear]) {
      input.addEventListener('input', (event) => applyYears(event, false));
      input.addEventListener('change', (event) => applyYears(event, true));
    }

    function setShare(lever: Lever, requested: number, source: HTMLInputElement, event: Event): void {
      const plan = host.plan();
      const phase = plan.phases[editor.index];
      if (!phase) return;
      const budget = planBudgetUsdM(plan, host.scenario());
      const c = controls[lever];
      const tolerance = source === c.range ? SLIDER_TOLERANCE : moneyTolerance(budget);
      const { share, limited } = clampShown(phase.allocation, lever, requested, tolerance);
      const next = setPhaseShare(plan, editor.index, lever, share);
      // The plan is re-run (and the charts drawn) before this phase's figures change: drawing a chart
      // with the page already changed would restyle it then and there (see PlannerChart.set).
      if (next !== plan) host.change(next, event, false);
      const percent = String(Math.round(share * 100));
      if (source === c.range && c.range.value !== percent) c.range.value = percent;
      const money = moneyText(share * budget, budget);
      if ((source !== c.number || limited) && c.number.value !== money) c.number.value = money;
      drawLine(lever, share, budget);
      drawLeft(next.phases[editor.index] ?? phase, budget, limited);
    }

    function drawLine(lever: Lever, share: number, budget: number): void {
      const c = controls[lever];
      const shareText = formatShare(share, { digits: 0 });
      setText(c.share, shareText);
      setStyle(c.segment, 'inline-size', `${share * 100}%`);
      setStyle(c.range, '--value', `${share * 100}%`);
      const valueText = t('{share}, {money}', { share: shareText, money: formatUsdM(share * budget) });
      if (c.range.getAttribute('aria-valuetext') !== valueText) c.range.setAttribute('aria-valuetext', valueText);
    }

    function drawLeft(phase: Phase, budget: number, limited = false): void {
      const rest = phaseRemainingShare(phase);
      const digits = moneyStep(budget) < 0.1 ? 2 : 1;
      setText(
        left,
        t('US$ {left} m left of {budget}', {
          left: formatNumber(rest * budget, { digits }),
          budget: formatNumber(budget, { digits: budget % 1 === 0 ? 0 : 1 }),
        }),
      );
      if (left.classList.contains('budget__left--limit') !== limited) {
        left.classList.toggle('budget__left--limit', limited);
        status.classList.toggle('budget__status--limit', limited);
      }
      setText(
        status,
        limited
          ? t('Nothing left: lower another line first.')
          : t('{share} of the budget allocated.', { share: formatShare(1 - rest, { digits: 0 }) }),
      );
      setStyle(stackRest, 'inline-size', `${rest * 100}%`);
      for (const lever of LEVERS) setStyle(c(lever).range, '--reach', `${Math.min(1, phase.allocation[lever] + rest) * 100}%`);
    }
    const c = (lever: Lever): LineControls => controls[lever];

    function drawTariff(value: number): void {
      const text = `${formatShare(value, { digits: 0 })} · ${protectionWords(value)}`;
      setText(tariffValue, text);
      setStyle(tariff, '--value', `${value * 100}%`);
      tariff.setAttribute('aria-valuetext', `${formatShare(value, { digits: 0 })}, ${protectionWords(value)}`);
    }

    function update(plan: PlannerPlan): void {
      const index = editor.index;
      const phase = plan.phases[index];
      if (!phase) return;
      const scenario = host.scenario();
      if (eventsFor !== scenario.id) buildEvents(scenario);
      const to = phaseEnd(plan, index);
      legend.textContent = phaseTitle(phase.from, to, scenario.startYear);
      const last = index === plan.phases.length - 1;
      fromYear.disabled = index === 0;
      toYear.disabled = last;
      fromYear.max = String(plan.horizon);
      toYear.max = String(plan.horizon);
      if (doc.activeElement !== fromYear) fromYear.value = String(phase.from);
      if (doc.activeElement !== toYear) toYear.value = String(to);
      remove.hidden = plan.phases.length <= 1;
      const budget = planBudgetUsdM(plan, scenario);
      const step = moneyStep(budget);
      for (const lever of LEVERS) {
        const line = controls[lever];
        const share = phase.allocation[lever];
        if (doc.activeElement !== line.range) line.range.value = String(Math.round(share * 100));
        line.number.step = String(step);
        line.number.max = moneyText(budget, budget);
        if (doc.activeElement !== line.number) line.number.value = moneyText(share * budget, budget);
        drawLine(lever, share, budget);
      }
      drawLeft(phase, budget);
      if (doc.activeElement !== tariff) tariff.value = String(Math.round(phase.tariff * 100));
      drawTariff(phase.tariff);
      target.value = phase.incentiveTarget;
      standards.checked = phase.laborStandards;
      let named = 0;
      for (const [eventId, controlsOf] of eventControls) {
        const choice = Object.hasOwn(phase.eventChoices, eventId) ? (phase.eventChoices[eventId] ?? '') : '';
        if (choice) named += 1;
        controlsOf.select.value = choice;
      }
      eventsSummary.textContent =
        named === 0 ? t('Event choices: all default') : t('Event choices: {n} named', { n: named });
    }

    function showEvents(run: PlanRun | null, plan: PlannerPlan): void {
      const phase = plan.phases[editor.index];
      if (!phase) return;
      const to = phaseEnd(plan, editor.index);
      const startYear = host.scenario().startYear;
      for (const [eventId, { note }] of eventControls) {
        const fired = run?.events.find((e) => e.eventId === eventId);
        const text = !fired
          ? t('Does not fire with this plan.')
          : fired.t >= phase.from && fired.t <= to
            ? fired.t === plan.horizon
              ? t('Fires after {year}, the last year: its default stands.', { year: startYear + fired.t })
              : t('Fires after {year}, in this phase.', { year: startYear + fired.t })
            : t('Fires after {year}, in another phase.', { year: startYear + fired.t });
        setText(note, text);
      }
    }

    function focus(): void {
      (controls.infrastructure.range as HTMLElement).focus();
    }

    return editor;
  }

  return {
    element: list,
    sync(plan) {
      const scenario = host.scenario();
      if (scenario.id !== scenarioId) scenarioId = scenario.id;
      while (editors.length > plan.phases.length) editors.pop()?.element.remove();
      while (editors.length < plan.phases.length) {
        const editor = makeEditor();
        editors.push(editor);
        list.append(editor.element);
      }
      editors.forEach((editor, i) => {
        editor.index = i;
        editor.update(plan);
      });
    },
    showEvents(run) {
      const plan = host.plan();
      for (const editor of editors) editor.showEvents(run, plan);
    },
    focusPhase(index) {
      editors[index]?.focus();
    },
  };
}
