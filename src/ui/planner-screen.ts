// The planner screen (loaded on first use by planner-host.ts): the cluster, horizon and seed, the
// plan editor by phases, and the results re-run on every input: the whole horizon simulated again
// (src/view/planner-run.ts) and the charts and tables updated in place.
//
// Timing: an input is drawn at once if nothing was drawn yet in this frame, otherwise once at the
// next animation frame (a slider dragged fires several inputs a frame). Each drawn input records a
// performance measure "planner:input-to-paint" from the input event to just after the next paint
// (a message posted from the following animation frame), and each redraw "planner:render";
// `npm run bench:web` reads them. Nothing on the input path reads layout.
//
// Room for what comes next: [data-planner-slot="assumptions"] (in the inputs, before the plan) and
// [data-planner-slot="analysis"] (full width, under the charts and before Compare plans) are empty, hidden sections for the Assumptions
// section and the Uncertainty, Sensitivity and Optimise panels; setSettingModifier() lets assumptions
// change every run (the baseline too, then labelled as modified).
import {
  allScenarios,
  historyPlan,
  isScenarioId,
  isStoredScenario,
  findScenario,
  lookUpScenario,
  scenarioById,
  SCENARIO_IDS,
  storedScenarios,
  type Scenario,
} from '../scenario';
import { localized, onScenarioTexts } from './scenario-texts';
import { openPlanStore, type MisfitPlan, type PlanStore } from '../platform/plan-store';
import { PLAN_LINK_VERSION, readPlannerHash, type LinkProblem } from '../view/plan-link';
import { applyAssumptions, DEFAULT_ASSUMPTIONS, isDefaultAssumptions, type Assumptions } from '../model';
import type { PlanCase } from '../view/plan-case';
import type { UncertaintyResult } from '../view/plan-uncertainty';
import {
  addPhase,
  canAddPhase,
  clampHorizon,
  DEFAULT_SEED,
  expandPlan,
  MAX_HORIZON,
  MAX_SEED,
  MIN_HORIZON,
  MIN_SEED,
  newPlan,
  phasesFromModelPlan,
  planBudgetUsdM,
  setHorizon,
  setSeed,
  type PlannerPlan,
} from '../view/planner';
import { createPlannerRunner, settingOf, type PlanRun, type PlannerSetting } from '../view/planner-run';
import type { PlannerRunInput } from '../view/planner-charts';
import { MAX_DRAWN_PLANS } from '../view/planner-charts';
import { horizonValues, type SummaryValues } from '../view/planner-summary';
import { formatUsdM } from '../view/format';
import { downloadText } from './charts/download';
import { el, setText } from './component';
import { t } from './i18n';
import { mountPhaseList } from './planner-phases';
import { mountPlannerResults } from './planner-results';
import { mountPlannerCompare, type CompareRow } from './planner-compare';
import { mountPlannerShare } from './planner-share';
import { mountPlannerAssumptions } from './planner-assumptions';
import { mountPlannerAnalysis } from './planner-analysis';
import type { PlayPlanRequest } from './planner-host';
import type { SaveOutcome } from '../platform/plan-store';
import './locales/planner';
import './budget-panel.css';
import './planner.css';

export type PlannerSlot = 'assumptions' | 'analysis';

export interface PlannerScreenOptions {
  doc: Document;
  /** Where the screen's content goes (below the screen's heading and Back button). */
  root: HTMLElement;
  storage: Storage | null;
  announce(message: string): void;
  /** Starts the game on a plan (Play this plan); absent where there is no game to start. */
  play?(request: PlayPlanRequest): void;
}

export interface PlannerScreen {
  /** Opens a planner link (a location hash; '' for the plan last worked on). */
  open(hash: string): void;
  /** The screen is shown again, or hidden (nothing is drawn while hidden). */
  setVisible(visible: boolean): void;
  plan(): PlannerPlan;
  /** Puts a plan in the editor (a saved or found plan), optionally with its name. */
  setPlan(plan: PlannerPlan, name?: string): void;
  /** The setting every run uses now (the plan's, changed by the setting modifier, if any). */
  setting(): PlannerSetting;
  /** Changes the setting of every run (assumptions); `baselineLabel` names the changed baseline. */
  setSettingModifier(modify: ((setting: PlannerSetting) => PlannerSetting) | null, baselineLabel?: string): void;
  /** An empty, hidden section kept for later panels (show it when filling it). */
  slot(name: PlannerSlot): HTMLElement;
  /** Called after every change of the plan in the editor; returns an unsubscribe. */
  onChange(listener: (plan: PlannerPlan) => void): () => void;
  /** Resolves when the charts have been drawn once. */
  ready(): Promise<void>;
  /** The assumptions every run uses (the defaults: the scenario's own). */
  assumptions(): Assumptions;
  setAssumptions(next: Assumptions): void;
  /** The plan as the analysis engines take it (the scenario unmodified: the engines apply the assumptions). */
  planCase(): PlanCase;
  /** Saves a plan under a name (an optimised plan), as Save plan does. */
  savePlan(name: string, plan: PlannerPlan): SaveOutcome;
  /** Starts a new plan on a scenario made in the scenario editor (registered in the catalog). */
  openScenario(scenario: Scenario): void;
}

const MEASURE_INPUT = 'planner:input-to-paint';
const MEASURE_RENDER = 'planner:render';

/** The message for a link that could not be opened. */
function linkMessage(problem: LinkProblem): string {
  switch (problem.kind) {
    case 'truncated':
      return t('This plan link is incomplete: it was probably cut off when it was copied. Ask for the whole link.');
    case 'tampered':
      return t('This plan link has been changed or damaged, so the plan in it cannot be trusted. Ask for the link again.');
    case 'newer':
      return t(
        'This plan link was made by a newer version of Cluster Policy Lab (link version {version}; this version reads up to {max}). Open it with the newer version.',
        { version: problem.version, max: PLAN_LINK_VERSION },
      );
    case 'unknown-scenario':
      return unknownScenarioMessage(problem.scenarioId);
    case 'invalid':
      return t('This plan link holds a plan that breaks the rules: {problems}.', { problems: problem.problems.slice(0, 3).join('; ') });
  }
}

/**
 * A link or a stored plan names a scenario this browser does not have: a built-in one of a newer
 * version, or one made in the scenario editor that was deleted here (or saved with problems).
 */
function unknownScenarioMessage(id: string): string {
  const found = lookUpScenario(id);
  if (found.kind === 'invalid')
    return t('"{name}" is a scenario saved in the scenario editor, but it has problems now, so plans for it cannot open. Fix it in the scenario editor (Make your own, on the map), or import its scenario file there again.', {
      name: found.name.slice(0, 80),
    });
  return t('This plan is for a cluster this browser does not have: "{id}". If it is a scenario made in the scenario editor, import its scenario file there (Make your own, on the map), then open the plan again.', {
    id: id.slice(0, 80),
  });
}

export function mountPlannerScreen(options: PlannerScreenOptions): PlannerScreen {
  const { doc, root } = options;
  const view = doc.defaultView;
  const store: PlanStore = openPlanStore(options.storage);
  const runner = createPlannerRunner();
  const scenarios = allScenarios();
  const fallbackScenario = scenarioById(SCENARIO_IDS.includes('kamukunji-metalwork') ? 'kamukunji-metalwork' : (SCENARIO_IDS[0] as string));
  let plan: PlannerPlan = store.current() ?? newPlan(fallbackScenario);
  let visible = true;
  let modifier: ((setting: PlannerSetting) => PlannerSetting) | null = null;
  let baselineLabel: string | null = null;
  const listeners = new Set<(plan: PlannerPlan) => void>();
  let assumptions: Assumptions = { ...DEFAULT_ASSUMPTIONS };
  /** p10-p90 fans of the last uncertainty run, while it still matches the plan and the assumptions. */
  let fans: UncertaintyResult | null = null;

  const scenario = (): Scenario => scenarioById(plan.scenarioId);
  // The assumptions applied to a setting, kept for the same input (the runner's caches hold by identity).
  let applied: { from: PlannerSetting; a: Assumptions; to: PlannerSetting } | null = null;
  const withAssumptions = (s: PlannerSetting): PlannerSetting => {
    if (isDefaultAssumptions(assumptions)) return s;
    if (applied && applied.a === assumptions && applied.from.scenario === s.scenario && applied.from.difficulty === s.difficulty)
      return { ...applied.to, seed: s.seed, horizon: s.horizon };
    const r = applyAssumptions(s.scenario, s.difficulty, assumptions);
    const to = { ...s, scenario: r.setup, difficulty: r.difficulty };
    applied = { from: s, a: assumptions, to };
    return to;
  };
  const setting = (): PlannerSetting => withAssumptions(modifier ? modifier(settingOf(plan)) : settingOf(plan));
  const baselineName = (): string =>
    isDefaultAssumptions(assumptions) ? (baselineLabel ?? t('No new policy')) : t('No new policy (modified baseline)');

  // --- Layout. ---
  const lead = el(
    doc,
    'p',
    { class: 'planner-lead' },
    t('Plan a whole horizon: split the budget in each phase and set the rules. The charts re-run at every change, against no new policy (the dashed line).'),
  );
  const notice = el(doc, 'div', { class: 'planner-notice', role: 'alert', hidden: '' });
  const noticeText = el(doc, 'p', { class: 'planner-notice__text' });
  const noticeActions = el(doc, 'div', { class: 'planner-notice__actions' });
  const dismiss = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Dismiss'));
  noticeActions.append(dismiss);
  notice.append(noticeText, noticeActions);
  dismiss.addEventListener('click', () => {
    notice.hidden = true;
    noticeText.textContent = '';
  });

  const layout = el(doc, 'div', { class: 'planner-layout' });
  const inputs = el(doc, 'div', { class: 'planner-inputs' });
  const results = el(doc, 'div', { class: 'planner-results' });
  layout.append(inputs, results);

  // --- Cluster, horizon, seed. ---
  const settingSection = el(doc, 'section', { class: 'planner-setting', 'aria-labelledby': 'planner-setting-heading' });
  const settingHeading = el(doc, 'h3', { id: 'planner-setting-heading', class: 'planner-section__title' }, t('Cluster, horizon and luck'));
  const fields = el(doc, 'div', { class: 'planner-setting__fields' });
  const scenarioSelect = el(doc, 'select', { id: 'planner-scenario' });
  for (const s of scenarios) scenarioSelect.append(el(doc, 'option', { value: s.id }, localized(s).shortName));
  /** The built-in clusters' names in the language, once its scenario texts are in (they load apart). */
  function nameScenarios(): void {
    for (const option of scenarioSelect.querySelectorAll<HTMLOptionElement>(':scope > option'))
      setText(option, localized(scenarioById(option.value)).shortName);
  }
  // Scenarios made in the scenario editor (saved in this browser, or opened from the editor), after
  // the built-in ones; their names are text only.
  const ownGroup = el(doc, 'optgroup', { label: t('Your own scenarios') });
  function fillOwnScenarios(): void {
    const own = storedScenarios();
    const current = plan.scenarioId;
    if (!isScenarioId(current) && !own.some((s) => s.id === current)) own.push(scenarioById(current));
    // A name typed in any script keeps its own direction inside the translated label.
    const isolate = (name: string): string => `\u2068${name}\u2069`;
    // A scenario started from another keeps its short name: the full name tells such ones apart.
    const taken = (s: Scenario) => scenarios.some((b) => b.shortName === s.shortName) || own.some((o) => o !== s && o.shortName === s.shortName);
    const items = own.map((s) => el(doc, 'option', { value: s.id }, t('{name} (your own)', { name: isolate(taken(s) ? s.name : s.shortName) })));
    ownGroup.replaceChildren(...items);
    if (items.length > 0 && ownGroup.parentElement !== scenarioSelect) scenarioSelect.append(ownGroup);
    else if (items.length === 0) ownGroup.remove();
    if (scenarioSelect.value !== current) scenarioSelect.value = current;
  }
  const horizonInput = el(doc, 'input', {
    type: 'number',
    id: 'planner-horizon',
    min: String(MIN_HORIZON),
    max: String(MAX_HORIZON),
    step: '1',
    inputmode: 'numeric',
    'aria-describedby': 'planner-horizon-unit',
  });
  const seedInput = el(doc, 'input', {
    type: 'number',
    id: 'planner-seed',
    min: String(MIN_SEED),
    max: String(MAX_SEED),
    step: '1',
    inputmode: 'numeric',
    'aria-describedby': 'planner-seed-hint',
  });
  const field = (label: string, control: HTMLElement, after?: HTMLElement): HTMLElement => {
    const wrap = el(doc, 'div', { class: 'planner-setting__field' });
    wrap.append(el(doc, 'label', { for: control.id, class: 'planner-field' }, label));
    const line = el(doc, 'div', { class: 'planner-setting__control' });
    line.append(control);
    if (after) line.append(after);
    wrap.append(line);
    return wrap;
  };
  fields.append(
    field(t('Scenario'), scenarioSelect),
    field(t('Horizon'), horizonInput, el(doc, 'span', { id: 'planner-horizon-unit', class: 'planner-unit' }, t('years (5 to 30)'))),
    field(t('Seed'), seedInput),
  );
  const settingNote = el(doc, 'p', { class: 'planner-hint' });
  const seedHint = el(doc, 'p', { class: 'planner-hint', id: 'planner-seed-hint' }, t('The seed fixes the luck (shocks and when events fire): the same seed gives the same numbers, here and in the simulator.'));
  settingSection.append(settingHeading, fields, settingNote, seedHint);

  const assumptionsSlot = el(doc, 'section', { class: 'planner-slot planner-slot--assumptions', 'data-planner-slot': 'assumptions', hidden: '' });
  const assumptionsView = mountPlannerAssumptions({
    doc,
    value: () => assumptions,
    change: (next, event) => changeAssumptions(next, event),
    announce: options.announce,
  });
  // The slot is a plain container: the panel is the labelled section.
  const assumptionsHost = el(doc, 'div', { class: 'planner-slot planner-slot--assumptions' });
  assumptionsHost.append(assumptionsView.element);

  // --- The plan, phase by phase. ---
  const phasesSection = el(doc, 'section', { class: 'planner-phases', 'aria-labelledby': 'planner-phases-heading' });
  const phasesHeading = el(doc, 'h3', { id: 'planner-phases-heading', class: 'planner-section__title' }, t('Your plan, phase by phase'));
  const phasesHint = el(
    doc,
    'p',
    { class: 'planner-hint' },
    t('Each phase keeps its budget and rules every year from its first year to its last. Add a phase to change course later in the horizon.'),
  );
  const phases = mountPhaseList({
    doc,
    plan: () => plan,
    scenario,
    change: (next, event, structural) => edit(next, event, structural),
    announce: options.announce,
  });
  const phaseActions = el(doc, 'div', { class: 'planner-phases__actions' });
  const addButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Add phase'));
  // A scenario with a history: its path as phases, to study and change (issue 13).
  const historyButton = el(doc, 'button', { type: 'button', class: 'secondary', id: 'planner-load-history' }, t('Load what was done'));
  phaseActions.append(addButton, historyButton);
  historyButton.addEventListener('click', () => {
    const s = scenario();
    const model = historyPlan(s);
    if (!model) return;
    setPlan(phasesFromModelPlan(model, s, plan.seed, plan.horizon).plan, t('What was done'));
    options.announce(
      s.history?.scheduled?.length
        ? t('What was done is loaded: {count} phases. The planner plays the cluster without the history’s own shocks, so its figures differ from the game’s history line.', { count: plan.phases.length })
        : t('What was done is loaded: {count} phases.', { count: plan.phases.length }),
    );
  });
  phasesSection.append(phasesHeading, phasesHint, phases.element, phaseActions);
  addButton.addEventListener('click', (event) => {
    const next = addPhase(plan);
    if (next === plan) return;
    edit(next, event, true);
    const added = next.phases.findIndex((p, i) => p.from !== plan.phases[i]?.from);
    const index = added >= 0 ? added : next.phases.length - 1;
    options.announce(t('Phase added: {count} phases.', { count: next.phases.length }));
    phases.focusPhase(index);
  });

  inputs.append(settingSection, assumptionsHost, assumptionsSlot, phasesSection);

  // --- Results. ---
  const resultsView = mountPlannerResults(doc);
  const analysisSlot = el(doc, 'section', { class: 'planner-slot planner-slot--analysis', 'data-planner-slot': 'analysis', hidden: '' });
  const compare = mountPlannerCompare({
    doc,
    store,
    plan: () => plan,
    scenario,
    load: (next, name) => setPlan(next, name),
    savedChanged: () => requestRender(),
    announce: options.announce,
  });
  const share = mountPlannerShare(doc, () => plan, options.announce, () => assumptions);
  const analysis = mountPlannerAnalysis({
    doc,
    plan: () => plan,
    planCase: () => planCase(),
    saved: () => store.savedFor(plan.scenarioId),
    savePlan: (name, next) => savePlan(name, next),
    showFans: (result) => {
      fans = result;
      requestRender();
    },
    baselineName,
    announce: options.announce,
    ...(options.play ? { play: options.play } : {}),
  });
  results.append(resultsView.element);
  // The analysis panels, compare and share span the page (the comparison table has a column per outcome).
  const after = el(doc, 'div', { class: 'planner-after' });
  after.append(analysis.element, analysisSlot, compare.element, share.element);

  root.replaceChildren(lead, notice, layout, after);

  // --- Inputs of the setting. ---
  scenarioSelect.addEventListener('change', (event) => {
    if (scenarioSelect.value === plan.scenarioId) return;
    // Another cluster starts a new plan: its term, its starting settings and events.
    const next = newPlan(scenarioById(scenarioSelect.value), plan.seed);
    edit(next, event, true);
    compare.refreshSaved();
    replaceHash(`#planner&scenario=${next.scenarioId}`);
  });
  horizonInput.addEventListener('input', (event) => {
    const years = horizonInput.valueAsNumber;
    // Only whole years in range while typing ("2" on the way to "25" must not cut the plan).
    if (Number.isInteger(years) && years >= MIN_HORIZON && years <= MAX_HORIZON && years !== plan.horizon)
      edit(setHorizon(plan, years), event, true);
  });
  horizonInput.addEventListener('change', (event) => {
    const years = clampHorizon(horizonInput.valueAsNumber);
    if (years !== plan.horizon) edit(setHorizon(plan, years), event, true);
    horizonInput.value = String(plan.horizon);
  });
  seedInput.addEventListener('input', (event) => {
    const seed = seedInput.valueAsNumber;
    if (Number.isInteger(seed) && seed >= MIN_SEED && seed <= MAX_SEED && seed !== plan.seed) edit(setSeed(plan, seed), event, false);
  });
  seedInput.addEventListener('change', () => {
    if (!Number.isInteger(seedInput.valueAsNumber)) seedInput.value = String(plan.seed);
  });

  function replaceHash(hash: string): void {
    try {
      view?.history.replaceState(view.history.state, '', hash);
    } catch {
      // A page opened from a file may refuse; the address is only a convenience.
    }
  }

  function syncSetting(): void {
    const s = scenario();
    if (scenarioSelect.value !== s.id) scenarioSelect.value = s.id;
    // A scenario from the editor not listed yet (opened from the editor or a link).
    if (scenarioSelect.value !== s.id) fillOwnScenarios();
    if (doc.activeElement !== horizonInput) horizonInput.value = String(plan.horizon);
    if (doc.activeElement !== seedInput) seedInput.value = String(plan.seed);
    settingNote.textContent = t('{name}: {first} to {last}, a budget of {budget} a year.', {
      name: localized(s).name,
      first: s.startYear,
      last: s.startYear + plan.horizon,
      budget: formatUsdM(planBudgetUsdM(plan, s)),
    });
    // A scenario from the editor that the browser does not keep is gone after a reload, with its plans' use.
    if (!isScenarioId(s.id) && !isStoredScenario(s.id))
      settingNote.textContent += ` ${t('This scenario is not saved in this browser: save it in the scenario editor so that it and its plans are here after a reload.')}`;
    addButton.disabled = !canAddPhase(plan);
    historyButton.hidden = !s.history;
  }

  // --- Editing. ---
  let persistTimer = 0;
  function edit(next: PlannerPlan, event: Event | null, structural: boolean): void {
    if (next === plan) return;
    plan = next;
    if (structural) {
      phases.sync(plan);
      syncSetting();
    }
    share.planChanged(plan);
    analysisChanged();
    for (const listener of listeners) listener(plan);
    requestRender(event);
    // The plan last worked on is kept between visits, a moment after the last change.
    if (view) {
      view.clearTimeout(persistTimer);
      persistTimer = view.setTimeout(() => store.setCurrent(plan), 500);
    }
  }

  /** The plan or the assumptions changed: results of analysis runs no longer match them. */
  function analysisChanged(): void {
    if (fans) fans = null;
    analysis.planChanged();
  }

  function changeAssumptions(next: Assumptions, event: Event | null): void {
    const same = (['worldDemandGrowth', 'governance', 'shockIntensity'] as const).every((k) => next[k] === assumptions[k]);
    if (same) return;
    assumptions = isDefaultAssumptions(next) ? { ...DEFAULT_ASSUMPTIONS } : { ...next };
    assumptionsView.sync(assumptions);
    share.planChanged({ ...plan });
    analysisChanged();
    requestRender(event);
  }

  function planCase(): PlanCase {
    const s = modifier ? modifier(settingOf(plan)) : settingOf(plan);
    return { scenario: s.scenario, plan: expandPlan(plan, t('This plan')), years: s.horizon, difficulty: s.difficulty, assumptions: { ...assumptions } };
  }

  function savePlan(name: string, next: PlannerPlan): SaveOutcome {
    const outcome = store.save(name, next);
    if (outcome.ok) {
      compare.refreshSaved();
      requestRender();
    }
    return outcome;
  }

  function setPlan(next: PlannerPlan, name?: string): void {
    const scenarioChanged = next.scenarioId !== plan.scenarioId;
    edit(next, null, true);
    if (scenarioChanged) compare.refreshSaved();
    if (name !== undefined) compare.setName(name);
  }

  // --- Drawing, at most once a frame. ---
  let renderedThisFrame = false;
  let frame = 0;
  let dirty = false;
  let inFrame = false;
  const waiting: number[] = [];

  function requestRender(event?: Event | null): void {
    if (event) waiting.push(event.timeStamp);
    dirty = true;
    if (!visible) return;
    if (!renderedThisFrame && !inFrame) render();
    else if (!frame) frame = view?.requestAnimationFrame(onFrame) ?? 0;
  }

  function onFrame(): void {
    frame = 0;
    inFrame = true;
    renderedThisFrame = false;
    if (dirty && visible) render();
    inFrame = false;
  }

  function render(): void {
    dirty = false;
    renderedThisFrame = true;
    // Let the next frame allow one more immediate draw.
    if (!frame && view) frame = view.requestAnimationFrame(onFrame);
    const perf = view?.performance;
    const start = perf?.now() ?? 0;
    draw();
    const end = perf?.now() ?? 0;
    perf?.measure?.(MEASURE_RENDER, { start, end });
    const starts = waiting.splice(0);
    if (starts.length > 0) afterNextPaint((paintedAt) => starts.forEach((s) => perf?.measure?.(MEASURE_INPUT, { start: s, end: paintedAt })));
  }

  /** Calls back just after the next paint: a message posted from the next animation frame runs after it. */
  function afterNextPaint(callback: (time: number) => void): void {
    if (!view) return;
    const post = (): void => {
      const channel = new view.MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        callback(view.performance.now());
      };
      channel.port2.postMessage(0);
    };
    if (inFrame) post();
    else view.requestAnimationFrame(post);
  }

  /** A run's values at the horizon, computed once per run (saved plans and the baseline are cached runs). */
  const valuesOfRun = new WeakMap<PlanRun, SummaryValues>();
  function valuesAt(run: PlanRun, horizon: number): SummaryValues {
    let values = valuesOfRun.get(run);
    if (!values) valuesOfRun.set(run, (values = horizonValues(run, horizon)));
    return values;
  }

  function draw(): void {
    const perf = view?.performance;
    const t0 = perf?.now() ?? 0;
    const s = setting();
    const current = runner.plan(plan, s);
    const baseline = runner.baseline(s);
    const saved = store.savedFor(plan.scenarioId).slice(0, MAX_DRAWN_PLANS);
    const savedRuns = saved.map((entry, i) => ({ entry, style: i, run: runner.plan(entry.plan, s) }));
    const t1 = perf?.now() ?? 0;
    const runs: PlannerRunInput[] = [
      { id: 'plan', label: t('This plan'), kind: 'plan', style: 0, states: current.states },
      ...savedRuns.map(({ entry, style, run }) => ({ id: `saved:${entry.name}`, label: entry.name, kind: 'saved' as const, style, states: run.states })),
      { id: 'baseline', label: baselineName(), kind: 'baseline', style: 0, states: baseline.states },
    ];
    const baseValues = valuesAt(baseline, s.horizon);
    const planValues = valuesAt(current, s.horizon);
    resultsView.draw({
      runs,
      horizon: s.horizon,
      startYear: s.scenario.startYear,
      plan: planValues,
      baseline: baseValues,
      collapse: { plan: current.collapseYear, baseline: baseline.collapseYear },
      baselineLabel: baselineName(),
      fans: fans ? { runs: fans.runs, plan: fans.fans.plan, baseline: fans.fans.baseline } : null,
    });
    const rows: CompareRow[] = [
      { id: 'plan', label: t('This plan'), kind: 'plan', style: 0, values: planValues },
      ...savedRuns.map(({ entry, style, run }) => ({ id: `saved:${entry.name}`, label: entry.name, kind: 'saved' as const, style, values: valuesAt(run, s.horizon) })),
    ];
    compare.draw(rows, baseValues, s.scenario.startYear + s.horizon, baselineName());
    phases.showEvents(current);
    const t2 = perf?.now() ?? 0;
    perf?.measure?.('planner:simulate', { start: t0, end: t1 });
    perf?.measure?.('planner:draw', { start: t1, end: t2 });
  }

  // --- Messages. ---
  function showNotice(text: string, actions: HTMLElement[] = []): void {
    noticeText.textContent = text;
    noticeActions.replaceChildren(...actions, dismiss);
    notice.hidden = false;
  }

  /** Saved plans (or the plan last worked on) for scenarios made in the editor that this browser does not have. */
  function heldText(): string | null {
    const held = store.unknownScenarios();
    if (held.length === 0) return null;
    const current = held.find((h) => h.current);
    const plans = held.reduce((sum, h) => sum + h.plans, 0);
    const scenarios = held.map((h) => `"${h.scenarioId.slice(0, 80)}"`).join(', ');
    if (!current)
      return t('{count, plural, one {# saved plan is} other {# saved plans are}} kept for {scenarios}, made in the scenario editor and not in this browser now. Import the scenario file in the scenario editor (Make your own, on the map) to open them again.', {
        count: plans,
        scenarios,
      });
    const lines = [unknownScenarioMessage(current.scenarioId)];
    if (plans > 0)
      lines.push(t('{count, plural, one {# saved plan is} other {# saved plans are}} kept for {scenarios}, and open again when the scenario is back.', { count: plans, scenarios }));
    return lines.join(' ');
  }

  /** Held plans whose scenario came back changed (saved again in the editor) so that they no longer fit it. */
  function misfitText(): string | null {
    const byScenario = new Map<string, MisfitPlan[]>();
    for (const misfit of store.misfits()) byScenario.set(misfit.scenarioId, [...(byScenario.get(misfit.scenarioId) ?? []), misfit]);
    if (byScenario.size === 0) return null;
    return [...byScenario].map(([id, plans]) =>
      t('{count, plural, one {# saved plan for "{scenario}" no longer fits} other {# saved plans for "{scenario}" no longer fit}} it as it is now: {problems}. Nothing was deleted: change the scenario back in the scenario editor to open {count, plural, one {the plan} other {the plans}} again.', {
        count: plans.length,
        scenario: (findScenario(id)?.shortName ?? id).slice(0, 80),
        problems: plans.flatMap((p) => p.problems.slice(0, 2).map((problem) => (p.name ? `"${p.name}": ${problem}` : problem))).slice(0, 4).join('; '),
      }),
    ).join(' ');
  }
  /** The misfit notice last shown, so that showing the planner again does not repeat it. */
  let misfitsShown: string | null = null;
  function misfitNotice(): void {
    const text = misfitText();
    if (text && text !== misfitsShown) showNotice(text);
    misfitsShown = text;
  }

  function storeNotice(): void {
    const problem = store.problem();
    misfitsShown = misfitText();
    const held = [heldText(), misfitsShown].filter(Boolean).join(' ') || null;
    if (!problem) {
      if (held) showNotice(held);
      return;
    }
    const what =
      problem.kind === 'entries'
        ? t('Some saved plans could not be read and were left out: {problems}.', { problems: problem.details.join('; ') })
        : problem.kind === 'newer'
          ? t('Your saved plans come from a newer version of Cluster Policy Lab: {problem}.', { problem: problem.details.join('; ') })
          : t('Your saved plans could not be read: {problem}.', { problem: problem.details.join('; ') });
    const actions: HTMLElement[] = [];
    let kept: string;
    if (problem.keptKey) {
      kept = t('Nothing was deleted: what could not be read is kept in this browser.');
      const key = problem.keptKey;
      const download = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Download what could not be read'));
      download.addEventListener('click', () => {
        let text: string;
        try {
          text = options.storage?.getItem(key) ?? '';
        } catch {
          text = '';
        }
        downloadText(doc, text, 'cluster-policy-lab-plans-kept.json', 'application/json');
      });
      actions.push(download);
    } else kept = t('Nothing was deleted; plans you save now last until you close the page.');
    showNotice([what, kept, held].filter(Boolean).join(' '), actions);
  }

  function open(hash: string): void {
    const link = readPlannerHash(hash);
    const remembered = store.current();
    const onCluster = (id: string, seed: number | null): PlannerPlan => {
      if (plan.scenarioId === id && (seed === null || plan.seed === seed)) return plan;
      if (remembered && remembered.scenarioId === id && (seed === null || remembered.seed === seed)) return remembered;
      return newPlan(scenarioById(id), seed ?? DEFAULT_SEED);
    };
    let next = plan;
    let message: string | null = null;
    if (link.kind === 'plan') {
      next = link.plan;
      // A link spells out its numbers: its assumptions, or the scenario's own.
      changeAssumptions(link.assumptions ?? { ...DEFAULT_ASSUMPTIONS }, null);
    }
    else if (link.kind === 'open') next = link.scenarioId ? onCluster(link.scenarioId, link.seed) : plan;
    else if (link.kind === 'problem') {
      message = `${linkMessage(link.problem)} ${t('The planner opened with another plan; your saved plans are unchanged.')}`;
      if (link.scenarioId) next = onCluster(link.scenarioId, null);
    }
    setPlan(next);
    compare.refreshSaved();
    if (message) showNotice(message);
    else if (link.kind === 'plan') {
      notice.hidden = true;
      options.announce(t('The plan from the link is open.'));
    }
    // The address now names the cluster only: a reload keeps the plan as edited (kept in storage).
    if (link.kind !== 'none') replaceHash(`#planner&scenario=${plan.scenarioId}`);
    if (link.kind === 'plan') store.setCurrent(plan);
    requestRender();
  }

  // --- Start. ---
  onScenarioTexts(() => {
    nameScenarios();
    syncSetting();
  });
  fillOwnScenarios();
  phases.sync(plan);
  syncSetting();
  storeNotice();
  requestRender();
  // For tools and browser tests: the charts are drawn (the chart library has loaded).
  void resultsView.ready().then(() => {
    doc.documentElement.dataset.plannerCharts = 'drawn';
  });

  return {
    open,
    setVisible(next) {
      // Scenarios saved in the editor since the planner was last shown join the list (and lose the unsaved note).
      if (next && !visible) {
        nameScenarios();
        fillOwnScenarios();
        syncSetting();
        misfitNotice();
      }
      visible = next;
      if (visible && dirty) requestRender();
    },
    plan: () => plan,
    setPlan,
    setting,
    setSettingModifier(modify, label) {
      modifier = modify;
      baselineLabel = modify ? (label ?? null) : null;
      requestRender();
    },
    slot: (name) => (name === 'assumptions' ? assumptionsSlot : analysisSlot),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: () => resultsView.ready(),
    assumptions: () => assumptions,
    setAssumptions: (next) => changeAssumptions(next, null),
    planCase,
    savePlan,
    openScenario(custom) {
      // The editor's scenario (registered in the catalog) joins the cluster list and gets a new plan.
      setPlan(newPlan(custom, plan.seed));
      fillOwnScenarios();
      compare.refreshSaved();
      replaceHash('#planner');
      requestRender();
    },
  };
}
