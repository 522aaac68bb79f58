// Development preview (charts-preview.html, not part of the build): plays a game through the turn
// machine and mounts the chart components the way the year report and the debrief will. One game
// stops in the report after a few years (headline charts and the why-panel in a side-panel-wide
// column), another plays the whole term into the debrief (every chart, the exports, print memo).
// Query: ?scenario=<id>&seed=<n>&years=<years before the report>.
import { createActor } from 'xstate';
import { currentState, gameMachine, modelFor, type GameEvent } from '../../flow';
import { defaultChoiceId, findEvent } from '../../model';
import { scenarioById } from '../../scenario';
import type { UiContext } from '../component';
import { mountOutcomeCharts } from './outcome-charts';
import { mountWaterfall } from './waterfall-view';
import { mountExportButtons } from './export-buttons';
import '../styles.css';
import '../shell.css';

type Decisions = Extract<GameEvent, { type: 'SET_DECISIONS' }>['decisions'];

/** A plausible player: builds skills and roads first, then research, a tariff cut and labour standards. */
const PLAN: Decisions[] = [
  { allocation: { infrastructure: 0.3, training: 0.3, research: 0.05, incentives: 0.15 }, incentiveTarget: 'joint' },
  {},
  { tariff: 0.1, allocation: { research: 0.15, incentives: 0.1 } },
  { laborStandards: true },
  { allocation: { trade: 0.1, infrastructure: 0.2 } },
];

function play(scenarioId: string, seed: number, years: number) {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: scenarioById(scenarioId), seed });
  actor.send({ type: 'BEGIN' });
  for (let k = 1; k <= years; k++) {
    const decisions = PLAN[k - 1];
    if (decisions) actor.send({ type: 'SET_DECISIONS', decisions });
    actor.send({ type: 'END_YEAR' });
    const snapshot = actor.getSnapshot();
    if (snapshot.matches('event')) {
      const context = snapshot.context;
      const id = currentState(context).activeEvent;
      const spec = id && context.scenario ? findEvent(modelFor(context.scenario, context.difficulty), id) : undefined;
      if (spec) actor.send({ type: 'CHOOSE', choiceId: defaultChoiceId(spec) });
    }
    if (k < years || actor.getSnapshot().context.endReason !== null) actor.send({ type: 'NEXT' });
    if (actor.getSnapshot().matches('debrief')) break;
  }
  return actor;
}

function contextFor(actor: ReturnType<typeof play>): UiContext {
  const announcer = document.getElementById('announcer');
  return {
    doc: document,
    send: (event) => actor.send(event),
    snapshot: () => actor.getSnapshot(),
    announce: (message) => {
      if (announcer) announcer.textContent = message;
    },
    reducedMotion: () => false,
  };
}

const query = new URLSearchParams(location.search);
const scenarioId = query.get('scenario') ?? 'sialkot-surgical';
const seed = Number(query.get('seed') ?? 3);
const reportYears = Number(query.get('years') ?? 4);
const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

const report = play(scenarioId, seed, reportYears);
const reportCtx = contextFor(report);
const reportParts = [
  mountOutcomeCharts(byId('year-report'), reportCtx, { set: 'headline', headingLevel: 3 }),
  mountWaterfall(byId('year-report'), reportCtx, {}),
];
for (const part of reportParts) part.update(report.getSnapshot());

const term = scenarioById(scenarioId).termYears;
const debrief = play(scenarioId, seed, term);
const debriefCtx = contextFor(debrief);
const debriefParts = [
  mountExportButtons(byId('debrief-exports'), debriefCtx),
  mountOutcomeCharts(byId('debrief-charts'), debriefCtx, { set: 'all', headingLevel: 3 }),
  mountWaterfall(byId('debrief-why'), debriefCtx, {}),
];
for (const part of debriefParts) part.update(debrief.getSnapshot());

byId('preview-note').textContent =
  `${scenarioId}, seed ${seed}: the report after ${reportYears} years, the debrief after the ${term}-year term (${debrief.getSnapshot().value}).`;
document.documentElement.dataset.ready = 'true';
