// The turn machine: briefing -> planning -> resolving -> event (when one fires) -> report ->
// next year or debrief. The machine holds the run's history and decision log; every number
// comes from the pure model (step, chooseForEvent), so a replay of the log gives the same run.
import { produce } from 'immer';
import { assign, setup, type SnapshotFrom } from 'xstate';
import {
  approvalCollapsed,
  chooseForEvent,
  createModel,
  decisionProblems,
  DEFAULT_DIFFICULTY,
  defaultChoiceId,
  findEvent,
  initialState,
  step,
  type ApprovalReasons,
  type Attribution,
  type ClusterState,
  type Decisions,
  type Difficulty,
  type EndReason,
  type Model,
} from '../model';
import { historyWorld, type RoleId, type Scenario } from '../scenario';
import { hasPrediction, mergePrediction, predictionProblems, type Prediction, type PredictionChange } from './prediction';

export interface LogEntry {
  decisions: Decisions;
  /** The event that fired after this year and the choice made, if any. */
  event?: { eventId: string; choiceId: string };
  /** What the player predicted for this year before ending it, if anything (src/flow/prediction.ts). */
  prediction?: Prediction;
}

/**
 * A workshop team's game (issue 11): the session it plays in and the team. The session's settings
 * (seed, scenario, term, budget, difficulty, events) are in the START itself; this only says who
 * plays, so saves, the HUD and Hand in results know. Null for an ordinary game.
 */
export interface WorkshopTag {
  /** The session code as the facilitator gave it ("K7QF-2M9D-X3A"). */
  sessionCode: string;
  teamName: string;
  /** The roles the team's members hold (empty when the session has no roles). */
  roles: RoleId[];
}

export interface GameContext {
  scenario: Scenario | null;
  /** The workshop session and team, for a workshop game; null otherwise. */
  workshop: WorkshopTag | null;
  seed: number;
  difficulty: Difficulty;
  termYears: number;
  /** Whether each year's change is explained (attribution); off for fast batch runs. */
  explain: boolean;
  /**
   * Played against history (issue 13): the path the real government took is shown beside the
   * player's, and the game is played in its world (the history's shocks scheduled: src/scenario/history.ts).
   */
  againstHistory: boolean;
  /** history[0] is the start; history[k] the state after year k. */
  history: ClusterState[];
  log: LogEntry[];
  /** The decisions being edited in planning. */
  draft: Decisions | null;
  /** The prediction being made in planning for the year about to be played ({}: none). */
  prediction: Prediction;
  /** attributions[k - 1] explains year k (when explain is on). */
  attributions: Attribution[];
  approvalReasons: ApprovalReasons | null;
  /** Why the last rejected event was rejected, for the player. */
  rejection: string | null;
  endReason: EndReason | null;
}

export interface StartOptions {
  scenario: Scenario;
  seed: number;
  difficulty?: Difficulty;
  /** Overrides the scenario's term (the CLI's --years). */
  termYears?: number;
  /** Overrides the scenario's yearly budget, US$ million. */
  budgetUsdM?: number;
  explain?: boolean;
  /** A workshop team's game: its session and team (the difficulty is then fixed by the session). */
  workshop?: WorkshopTag | null;
}

export type GameEvent =
  | ({ type: 'START' } & StartOptions)
  | { type: 'SET_DIFFICULTY'; difficulty: Difficulty }
  | { type: 'BEGIN'; againstHistory?: boolean }
  | { type: 'SET_DECISIONS'; decisions: Partial<Omit<Decisions, 'allocation'>> & { allocation?: Partial<Decisions['allocation']> } }
  | { type: 'SET_PREDICTION'; prediction: PredictionChange }
  | { type: 'END_YEAR' }
  | { type: 'CHOOSE'; choiceId: string }
  | { type: 'NEXT' }
  | { type: 'QUIT' };

const models = new WeakMap<Scenario, Map<string, Model>>();

/** The model for a scenario and difficulty: derived data, cached, never stored in the snapshot. */
export function modelFor(scenario: Scenario, difficulty: Difficulty): Model {
  let byDifficulty = models.get(scenario);
  if (!byDifficulty) models.set(scenario, (byDifficulty = new Map()));
  const key = `${difficulty.leakage}/${difficulty.shocks}`;
  let model = byDifficulty.get(key);
  if (!model) byDifficulty.set(key, (model = createModel(scenario, difficulty)));
  return model;
}

export function currentState(context: GameContext): ClusterState {
  const state = context.history[context.history.length - 1];
  if (!state) throw new Error('the game has not started');
  return state;
}

export function yearsPlayed(context: GameContext): number {
  return context.history.length - 1;
}

/** The draft with a change applied, as a new object (immer: the old draft stays as it was). */
function mergeDraft(draft: Decisions, change: Extract<GameEvent, { type: 'SET_DECISIONS' }>['decisions']): Decisions {
  return produce(draft, (d) => {
    Object.assign(d.allocation, change.allocation ?? {});
    if (change.tariff !== undefined) d.tariff = change.tariff;
    if (change.incentiveTarget !== undefined) d.incentiveTarget = change.incentiveTarget;
    if (change.laborStandards !== undefined) d.laborStandards = change.laborStandards;
  });
}

const EMPTY: GameContext = {
  scenario: null,
  workshop: null,
  seed: 0,
  difficulty: DEFAULT_DIFFICULTY,
  termYears: 10,
  explain: true,
  againstHistory: false,
  history: [],
  log: [],
  draft: null,
  prediction: {},
  attributions: [],
  approvalReasons: null,
  rejection: null,
  endReason: null,
};

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
  },
  guards: {
    draftIsValid: ({ context, event }) => {
      if (event.type !== 'SET_DECISIONS' || !context.draft) return false;
      return decisionProblems(mergeDraft(context.draft, event.decisions)).length === 0;
    },
    predictionIsValid: ({ event }) => event.type === 'SET_PREDICTION' && predictionProblems(event.prediction).length === 0,
    eventIsWaiting: ({ context }) => currentState(context).activeEvent !== null,
    choiceIsValid: ({ context, event }) => {
      if (event.type !== 'CHOOSE' || !context.scenario) return false;
      const waiting = currentState(context).activeEvent;
      const spec = waiting ? findEvent(modelFor(context.scenario, context.difficulty), waiting) : undefined;
      return spec?.choices.some((c) => c.id === event.choiceId) ?? false;
    },
    termIsOver: ({ context }) => context.endReason !== null,
    /** A workshop session fixes the difficulty: every team plays under the same rules. */
    difficultyIsOpen: ({ context }) => context.workshop === null,
  },
  actions: {
    startGame: assign(({ event }) => {
      if (event.type !== 'START') return {};
      const difficulty = event.difficulty ?? DEFAULT_DIFFICULTY;
      const scenario = event.budgetUsdM !== undefined ? { ...event.scenario, budgetUsdM: event.budgetUsdM } : event.scenario;
      const first = initialState(scenario, modelFor(scenario, difficulty), event.seed);
      return {
        ...EMPTY,
        scenario,
        workshop: event.workshop ? { ...event.workshop, roles: [...event.workshop.roles] } : null,
        seed: event.seed,
        difficulty,
        termYears: event.termYears ?? scenario.termYears,
        explain: event.explain ?? true,
        history: [first],
        draft: first.decisions,
      };
    }),
    applyDraft: assign(({ context, event }) => {
      if (event.type !== 'SET_DECISIONS' || !context.draft) return {};
      return { draft: mergeDraft(context.draft, event.decisions), rejection: null };
    }),
    rejectDraft: assign(({ context, event }) => {
      if (event.type !== 'SET_DECISIONS' || !context.draft) return {};
      return { rejection: decisionProblems(mergeDraft(context.draft, event.decisions)).join('; ') };
    }),
    resolveYear: assign(({ context }) => {
      if (!context.scenario || !context.draft) return {};
      const model = modelFor(context.scenario, context.difficulty);
      const result = step(model, currentState(context), context.draft, { explain: context.explain });
      let state = result.state;
      const entry: LogEntry = { decisions: context.draft };
      if (hasPrediction(context.prediction)) entry.prediction = context.prediction;
      const t = state.t;
      const lastYear = t >= context.termYears;
      // In the last year there is no next year for a choice to shape: take the default quietly.
      if (state.activeEvent && lastYear) {
        const spec = findEvent(model, state.activeEvent);
        if (spec) {
          entry.event = { eventId: spec.id, choiceId: defaultChoiceId(spec) };
          state = chooseForEvent(model, state, entry.event.choiceId);
        }
      }
      const collapsed = approvalCollapsed(model, state.approval);
      return {
        history: [...context.history, state],
        log: [...context.log, entry],
        // The prediction now belongs to the year; the next year is predicted afresh.
        prediction: {},
        attributions: result.attribution ? [...context.attributions, result.attribution] : context.attributions,
        approvalReasons: result.approvalReasons,
        rejection: null,
        endReason: lastYear ? 'term' : collapsed ? 'approval' : null,
      } satisfies Partial<GameContext>;
    }),
    applyChoice: assign(({ context, event }) => {
      if (event.type !== 'CHOOSE' || !context.scenario) return {};
      const model = modelFor(context.scenario, context.difficulty);
      const state = currentState(context);
      const eventId = state.activeEvent;
      if (!eventId) return {};
      // The choice joins the year it answers; immer copies only the entry that changes.
      const log = produce(context.log, (entries) => {
        const last = entries[entries.length - 1];
        if (last) last.event = { eventId, choiceId: event.choiceId };
      });
      return { history: [...context.history.slice(0, -1), chooseForEvent(model, state, event.choiceId)], log };
    }),
    applyPrediction: assign(({ context, event }) =>
      event.type === 'SET_PREDICTION' ? { prediction: mergePrediction(context.prediction, event.prediction) } : {},
    ),
    prepareNextYear: assign(({ context }) => ({ draft: currentState(context).decisions })),
    // Only a scenario with a history can be played against it; its world has the history's shocks
    // (the start does not depend on them, so history[0] stands).
    beginTerm: assign(({ context, event }) =>
      event.type === 'BEGIN' && event.againstHistory === true && context.scenario?.history
        ? { againstHistory: true, scenario: historyWorld(context.scenario) }
        : {},
    ),
    setDifficulty: assign(({ event }) => (event.type === 'SET_DIFFICULTY' ? { difficulty: event.difficulty } : {})),
    reset: assign(() => EMPTY),
  },
}).createMachine({
  id: 'game',
  context: EMPTY,
  initial: 'title',
  states: {
    title: {
      on: { START: { target: 'briefing', actions: 'startGame' } },
    },
    briefing: {
      on: {
        BEGIN: { target: 'planning', actions: 'beginTerm' },
        SET_DIFFICULTY: { guard: 'difficultyIsOpen', actions: 'setDifficulty' },
        QUIT: { target: 'title', actions: 'reset' },
      },
    },
    planning: {
      on: {
        SET_DECISIONS: [{ guard: 'draftIsValid', actions: 'applyDraft' }, { actions: 'rejectDraft' }],
        SET_PREDICTION: { guard: 'predictionIsValid', actions: 'applyPrediction' },
        END_YEAR: 'resolving',
        QUIT: { target: 'title', actions: 'reset' },
      },
    },
    resolving: {
      entry: 'resolveYear',
      always: [{ guard: 'eventIsWaiting', target: 'event' }, { target: 'report' }],
    },
    event: {
      on: { CHOOSE: { guard: 'choiceIsValid', target: 'report', actions: 'applyChoice' } },
    },
    report: {
      on: {
        QUIT: { target: 'title', actions: 'reset' },
        NEXT: [
          { guard: 'termIsOver', target: 'debrief' },
          { target: 'planning', actions: 'prepareNextYear' },
        ],
      },
    },
    debrief: {
      on: { QUIT: { target: 'title', actions: 'reset' } },
    },
  },
});

export type GameMachine = typeof gameMachine;
export type GameSnapshot = SnapshotFrom<typeof gameMachine>;
export type GamePhase = 'title' | 'briefing' | 'planning' | 'resolving' | 'event' | 'report' | 'debrief';
