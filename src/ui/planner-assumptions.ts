// Assumptions apart from policy (issue 10, item 5): how the world around the cluster behaves, which
// no lever moves (world demand growth, governance leakage, shock intensity). They change every run
// of the planner, the baseline too (then labelled "modified baseline"), so their effect is never
// mixed up with a policy's. A slider and a number field each, and Reset assumptions.
import { ASSUMPTION_BOUNDS, ASSUMPTION_NAMES, DEFAULT_ASSUMPTIONS, isDefaultAssumptions, type AssumptionName, type Assumptions } from '../model';
import { el } from './component';
import { t } from './i18n';

export interface PlannerAssumptions {
  element: HTMLElement;
  /** Shows these assumptions in the controls (a link opened, a reset). */
  sync(assumptions: Assumptions): void;
}

export interface AssumptionsHost {
  doc: Document;
  value(): Assumptions;
  change(next: Assumptions, event: Event | null): void;
  announce(message: string): void;
}

/** How each assumption is shown (translated): world demand growth in points a year (x100), the others as multipliers. */
function shownOf(name: AssumptionName): { label: string; unit: string; scale: number; hint: string } {
  switch (name) {
    case 'worldDemandGrowth':
      return {
        label: t('World demand growth'),
        unit: t('points a year, added to the scenario’s trend'),
        scale: 100,
        hint: t('How fast demand for the cluster’s exports grows abroad, beyond what the scenario expects.'),
      };
    case 'governance':
      return {
        label: t('Governance leakage'),
        unit: t('times the scenario’s leakage'),
        scale: 1,
        hint: t('How much of the budget leaks away before it reaches the cluster: 0 none, 1 as in the scenario, 2 twice as much.'),
      };
    case 'shockIntensity':
      return {
        label: t('Shock intensity'),
        unit: t('times the scenario’s shocks'),
        scale: 1,
        hint: t('How large and frequent shocks are: 0 a world without shocks, 1 as in the scenario.'),
      };
  }
}

const round = (v: number, step: number): number => Number((Math.round(v / step) * step).toFixed(6));

export function mountPlannerAssumptions(host: AssumptionsHost): PlannerAssumptions {
  const { doc } = host;
  const section = el(doc, 'section', { class: 'planner-assumptions', 'aria-labelledby': 'planner-assumptions-heading' });
  const heading = el(doc, 'h3', { id: 'planner-assumptions-heading', class: 'planner-section__title' }, t('Assumptions'));
  const hint = el(
    doc,
    'p',
    { class: 'planner-hint' },
    t('What no policy controls. Changing an assumption changes the baseline too (a modified baseline), so the difference between a plan and the baseline stays the effect of the policy alone.'),
  );
  const list = el(doc, 'div', { class: 'planner-assumptions__fields' });
  const controls = ASSUMPTION_NAMES.map((name) => {
    const shown = shownOf(name);
    const bounds = ASSUMPTION_BOUNDS[name];
    const min = String(round(bounds.min * shown.scale, 0.001));
    const max = String(round(bounds.max * shown.scale, 0.001));
    const step = String(round(bounds.step * shown.scale, 0.001));
    const fieldId = `planner-assumption-${name}`;
    const wrap = el(doc, 'div', { class: 'planner-assumption' });
    const label = el(doc, 'label', { for: fieldId, class: 'planner-field' }, shown.label);
    const line = el(doc, 'div', { class: 'planner-assumption__control' });
    const slider = el(doc, 'input', { type: 'range', min, max, step, 'aria-label': shown.label, 'aria-describedby': `${fieldId}-unit` });
    const number = el(doc, 'input', { type: 'number', id: fieldId, min, max, step, inputmode: 'decimal', 'aria-describedby': `${fieldId}-unit` });
    const unit = el(doc, 'span', { id: `${fieldId}-unit`, class: 'planner-unit' }, shown.unit);
    line.append(slider, number);
    wrap.append(label, line, unit, el(doc, 'p', { class: 'planner-hint planner-assumption__hint' }, shown.hint));
    list.append(wrap);
    const commit = (raw: number, event: Event): void => {
      if (!Number.isFinite(raw)) return;
      const value = Math.min(bounds.max, Math.max(bounds.min, round(raw / shown.scale, bounds.step / 100)));
      const current = host.value();
      if (current[name] === value) return;
      host.change({ ...current, [name]: value }, event);
    };
    slider.addEventListener('input', (event) => commit(slider.valueAsNumber, event));
    number.addEventListener('input', (event) => {
      const v = number.valueAsNumber;
      if (Number.isFinite(v) && v >= Number(min) && v <= Number(max)) commit(v, event);
    });
    number.addEventListener('change', () => sync(host.value()));
    return { name, slider, number, scale: shown.scale };
  });
  const actions = el(doc, 'div', { class: 'planner-assumptions__actions' });
  const reset = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Reset assumptions'));
  const status = el(doc, 'p', { class: 'planner-status planner-assumptions__status', 'data-modified': 'false' });
  actions.append(reset, status);
  reset.addEventListener('click', (event) => {
    host.change({ ...DEFAULT_ASSUMPTIONS }, event);
    host.announce(t('Assumptions reset to the scenario’s own.'));
  });
  section.append(heading, hint, list, actions);

  function sync(a: Assumptions): void {
    for (const c of controls) {
      const shown = String(round(a[c.name] * c.scale, 0.0001));
      if (c.slider.value !== shown) c.slider.value = shown;
      if (doc.activeElement !== c.number && c.number.value !== shown) c.number.value = shown;
    }
    const modified = !isDefaultAssumptions(a);
    reset.disabled = !modified;
    status.dataset.modified = String(modified);
    const text = modified
      ? t('Modified assumptions: every run, the baseline too, uses them (a modified baseline).')
      : t('The scenario’s own assumptions.');
    if (status.textContent !== text) status.textContent = text;
  }

  sync(host.value());
  return { element: section, sync };
}
