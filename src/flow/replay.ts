// Saves are the decision log, and loading one is a replay: a fresh turn machine is driven through
// the same events the player sent (START, BEGIN, and for each year SET_DECISIONS, SET_PREDICTION
// when the player predicted the year, END_YEAR, CHOOSE, NEXT), so every number comes out of the pure model again, exactly as it did in play.
// The replay checks each step (the machine reached it, the recorded event is the one that fired,
// the choice exists) and throws a ReplayError naming the log entry when it does not.
//
// The file format itself (zod schema, versions, messages) lives in src/platform/save-format.ts;
// this module only knows the shape of a save, so the flow layer stays free of browser concerns.
import { createActor } from 'xstate';
import { version as APP_VERSION } from '../../package.json';
import { findEvent, type Decisions, type Difficulty } from '../model';
import type { Scenario } from '../scenario';
import {
  currentState,
  gameMachine,
  modelFor,
  yearsPlayed,
  type GamePhase,
  type GameSnapshot,
  type LogEntry,
  type WorkshopTag,
} from './game-machine';
import { copyPrediction, hasPrediction, type Prediction } from './prediction';

export const SAVE_FORMAT = 'cluster-policy-lab/save';
/** The newest save version this build writes and reads. */
export const SAVE_VERSION = 1;
/** The phases a game can be saved in (title has no game; resolving is never at rest). */
export const SAVE_PHASES = ['briefing', 'planning', 'event', 'report', 'debrief'] as const;
export type SavePhase = (typeof SAVE_PHASES)[number];

export interface SaveData {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  /** When the save was written, ISO 8601. */
  savedAt: string;
  /** The app version that wrote it. */
  app: string;
  /** The full scenario the game was played on (with any budget override applied). */
  scenario: Scenario;
  seed: number;
  difficulty: Difficulty;
  termYears: number;
  log: LogEntry[];
  phase: SavePhase;
  /** The decisions being edited, when saved in planning. */
  draft?: Decisions;
  /** The prediction being made, when saved in planning with one (saves before predictions have none). */
  prediction?: Prediction;
  /** A workshop team's game: its session and team (ordinary games, and saves before workshops, have none). */
  workshop?: WorkshopTag;
  /** Played against history (issue 13); absent otherwise, and in saves from before history mode. */
  againstHistory?: true;
}

/** A save whose log does not replay to a consistent game. The message names the field. */
export class ReplayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayError';
  }
}

export function phaseOf(snapshot: GameSnapshot): GamePhase {
  return snapshot.value as GamePhase;
}

function isSavePhase(phase: GamePhase): phase is SavePhase {
  return (SAVE_PHASES as readonly string[]).includes(phase);
}

function copyDecisions(d: Decisions): Decisions {
  return {
    allocation: { ...d.allocation },
    tariff: d.tariff,
    incentiveTarget: d.incentiveTarget,
    laborStandards: d.laborStandards,
  };
}

function copyEntry(entry: LogEntry): LogEntry {
  return {
    decisions: copyDecisions(entry.decisions),
    ...(entry.event ? { event: { ...entry.event } } : {}),
    ...(hasPrediction(entry.prediction) ? { prediction: copyPrediction(entry.prediction) } : {}),
  };
}

const samePrediction = (a: Prediction | undefined, b: Prediction | undefined): boolean =>
  JSON.stringify(hasPrediction(a) ? copyPrediction(a) : {}) === JSON.stringify(hasPrediction(b) ? copyPrediction(b) : {});

/** The save for a snapshot; null when there is no game to save (title). */
export function saveFromSnapshot(snapshot: GameSnapshot, now: Date = new Date()): SaveData | null {
  const phase = phaseOf(snapshot);
  const { scenario, draft, prediction } = snapshot.context;
  if (!scenario || !isSavePhase(phase)) return null;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    savedAt: now.toISOString(),
    app: APP_VERSION,
    scenario,
    seed: snapshot.context.seed,
    difficulty: { leakage: snapshot.context.difficulty.leakage, shocks: snapshot.context.difficulty.shocks },
    termYears: snapshot.context.termYears,
    log: snapshot.context.log.map(copyEntry),
    phase,
    ...(phase === 'planning' && draft ? { draft: copyDecisions(draft) } : {}),
    ...(phase === 'planning' && hasPrediction(prediction) ? { prediction: copyPrediction(prediction) } : {}),
    ...(snapshot.context.againstHistory ? { againstHistory: true as const } : {}),
    ...(snapshot.context.workshop
      ? { workshop: { ...snapshot.context.workshop, roles: [...snapshot.context.workshop.roles] } }
      : {}),
  };
}

function sameDecisions(a: Decisions, b: Decisions): boolean {
  return JSON.stringify(copyDecisions(a)) === JSON.stringify(copyDecisions(b));
}

function fail(message: string): never {
  throw new ReplayError(message);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Replays a save through a fresh turn machine and returns the snapshot it ends in: the saved
 * phase, with the saved draft applied in planning. Throws a ReplayError naming the log entry
 * when the log does not fit the game (an unknown choice, an event that did not fire, years after
 * the end of the term, a phase the log cannot reach).
 */
export function replayGame(save: SaveData): GameSnapshot {
  const actor = createActor(gameMachine).start();
  try {
    actor.send({
      type: 'START',
      scenario: save.scenario,
      seed: save.seed,
      difficulty: save.difficulty,
      termYears: save.termYears,
      explain: true,
      workshop: save.workshop ?? null,
    });
    if (!actor.getSnapshot().matches('briefing')) fail('scenario: the game did not start from this scenario');
    if (save.phase === 'briefing') {
      if (save.log.length > 0)
        fail(`phase: a game in the briefing has played no years, but the log has ${plural(save.log.length, 'year')}`);
      return actor.getSnapshot();
    }
    actor.send(save.againstHistory ? { type: 'BEGIN', againstHistory: true } : { type: 'BEGIN' });

    const last = save.log.length - 1;
    for (const [i, entry] of save.log.entries()) {
      const where = `log[${i}]`;
      const year = i + 1;
      let snap = actor.getSnapshot();
      if (!snap.matches('planning')) {
        const why = snap.context.endReason === 'approval' ? ' (approval collapsed)' : '';
        fail(
          snap.matches('debrief')
            ? `${where}: the game ended after year ${i}${why}, but the log goes on to year ${year}`
            : `${where}: the game was not waiting for decisions for year ${year} (it was in ${phaseOf(snap)})`,
        );
      }
      actor.send({ type: 'SET_DECISIONS', decisions: entry.decisions });
      snap = actor.getSnapshot();
      if (snap.context.rejection) fail(`${where}.decisions: ${snap.context.rejection}`);
      if (!snap.context.draft || !sameDecisions(snap.context.draft, entry.decisions))
        fail(`${where}.decisions: the decisions were not accepted`);
      if (hasPrediction(entry.prediction)) {
        actor.send({ type: 'SET_PREDICTION', prediction: entry.prediction });
        if (!samePrediction(actor.getSnapshot().context.prediction, entry.prediction))
          fail(`${where}.prediction: the prediction was not accepted`);
      }
      actor.send({ type: 'END_YEAR' });
      snap = actor.getSnapshot();

      if (snap.matches('event')) {
        const eventId = currentState(snap.context).activeEvent ?? '';
        if (!entry.event) {
          if (i === last && save.phase === 'event') break; // saved while the event waited for a choice
          fail(`${where}.event: event "${eventId}" fired after year ${year}, but the save records no choice for it`);
        }
        const recorded = entry.event;
        if (recorded.eventId !== eventId) {
          fail(
            `${where}.event.eventId: the save says "${recorded.eventId}", but the event that fired after year ${year} is "${eventId}"`,
          );
        }
        actor.send({ type: 'CHOOSE', choiceId: recorded.choiceId });
        snap = actor.getSnapshot();
        if (!snap.matches('report')) {
          const spec = findEvent(modelFor(save.scenario, save.difficulty), eventId);
          const choices = spec ? spec.choices.map((c) => `"${c.id}"`).join(', ') : 'none';
          fail(
            `${where}.event.choiceId: "${recorded.choiceId}" is not a choice of event "${eventId}" (its choices are ${choices})`,
          );
        }
      } else if (!snap.matches('report')) {
        fail(`${where}: year ${year} did not resolve (the game is in ${phaseOf(snap)})`);
      }

      // What the machine recorded must be what the save recorded (the last year takes an event's
      // default choice by itself, and the save must agree with it).
      const played = snap.context.log[i];
      if (!played) fail(`${where}: year ${year} was not recorded`);
      if (entry.event && !played.event) {
        fail(
          `${where}.event: the save records a choice for event "${entry.event.eventId}", but no event fired after year ${year}`,
        );
      }
      if (!entry.event && played.event) {
        fail(
          `${where}.event: event "${played.event.eventId}" fired after year ${year}, but the save records no choice for it`,
        );
      }
      if (
        entry.event &&
        played.event &&
        (entry.event.eventId !== played.event.eventId || entry.event.choiceId !== played.event.choiceId)
      ) {
        fail(
          `${where}.event: after the last year event "${played.event.eventId}" takes its default choice "${played.event.choiceId}", ` +
            `but the save records "${entry.event.eventId}" / "${entry.event.choiceId}"`,
        );
      }

      if (i === last && save.phase === 'report') break;
      actor.send({ type: 'NEXT' });
    }

    const end = actor.getSnapshot();
    const phase = phaseOf(end);
    if (phase !== save.phase) {
      const played = yearsPlayed(end.context);
      const hint =
        phase === 'debrief'
          ? ` (the term of ${plural(save.termYears, 'year')} is over)`
          : save.phase === 'debrief'
            ? ` (the term of ${plural(save.termYears, 'year')} is not over yet)`
            : save.phase === 'event'
              ? ' (no event is waiting for a choice there)'
              : '';
      fail(
        `phase: the save says "${save.phase}", but after replaying ${plural(played, 'year')} the game is in "${phase}"${hint}`,
      );
    }
    if (phase === 'planning' && save.draft) {
      actor.send({ type: 'SET_DECISIONS', decisions: save.draft });
      const rejected = actor.getSnapshot().context.rejection;
      if (rejected) fail(`draft: ${rejected}`);
    }
    if (phase === 'planning' && hasPrediction(save.prediction)) {
      actor.send({ type: 'SET_PREDICTION', prediction: save.prediction });
      if (!samePrediction(actor.getSnapshot().context.prediction, save.prediction))
        fail('prediction: the prediction was not accepted');
    }
    return actor.getSnapshot();
  } finally {
    actor.stop();
  }
}
