import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { gameMachine, playPlan, type GameEvent } from '../../src/flow';
import { simulate, type Plan } from '../../src/model';
import { scenarioById, type Scenario } from '../../src/scenario';

type Snapshot = SnapshotFrom<typeof gameMachine>;

function started(scenario: Scenario, seed = 7, extra: Partial<Extract<GameEvent, { type: 'START' }>> = {}) {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario, seed, ...extra });
  return actor;
}

/** Answers a waiting event with its first choice. */
function answerEvent(actor: ReturnType<typeof started>) {
  const snap = actor.getSnapshot();
  if (!snap.matches('event')) return;
  const eventId = snap.context.history.at(-1)?.activeEvent;
  const event = snap.context.scenario?.events.find((e) => e.id === eventId);
  actor.send({ type: 'CHOOSE', choiceId: event?.choices[0]?.id ?? '' });
}

/** Plays one year with the given shares, answering any event with its first choice. */
function playYear(actor: ReturnType<typeof started>, allocation: Partial<Record<string, number>> = { training: 0.5, infrastructure: 0.5 }) {
  actor.send({ type: 'SET_DECISIONS', decisions: { allocation } });
  actor.send({ type: 'END_YEAR' });
  answerEvent(actor);
  expect(actor.getSnapshot().value).toBe('report');
  actor.send({ type: 'NEXT' });
}

describe('the turn machine', () => {
  const scenario = scenarioById('sialkot-surgical');

  it('goes title -> briefing -> planning -> report -> planning, and to the debrief after the term', () => {
    const actor = started(scenario, 3, { termYears: 3 });
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'BEGIN' });
    expect(actor.getSnapshot().value).toBe('planning');
    playYear(actor);
    expect(actor.getSnapshot().value).toBe('planning');
    playYear(actor);
    playYear(actor);
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('debrief');
    expect(snap.context.history).toHaveLength(4);
    expect(snap.context.log).toHaveLength(3);
    expect(snap.context.endReason).toBe('term');
  });

  it('rejects an allocation over the budget and keeps the previous draft', () => {
    const actor = started(scenario);
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { training: 0.4 } } });
    actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { infrastructure: 0.7 } } });
    const snap = actor.getSnapshot();
    expect(snap.context.draft?.allocation.training).toBe(0.4);
    expect(snap.context.draft?.allocation.infrastructure).toBe(0);
    expect(snap.context.rejection).toMatch(/sum to 1\.100/);
    actor.send({ type: 'SET_DECISIONS', decisions: { tariff: 1.5 } });
    expect(actor.getSnapshot().context.draft?.tariff).toBe(scenario.initial.tariff);
    expect(actor.getSnapshot().context.rejection).toMatch(/tariff/);
  });

  it('keeps a prediction made in planning with its year, and starts the next year with none', () => {
    const actor = started(scenario, 3);
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'SET_PREDICTION', prediction: { output: { direction: 'rise', magnitude: 4 } } });
    actor.send({ type: 'SET_PREDICTION', prediction: { poverty: { direction: 'same', magnitude: 2 }, jobs: { direction: 'fall' } } });
    actor.send({ type: 'SET_PREDICTION', prediction: { jobs: null } });
    // "About the same" carries no size; a cleared indicator is gone.
    expect(actor.getSnapshot().context.prediction).toEqual({
      output: { direction: 'rise', magnitude: 4 },
      poverty: { direction: 'same' },
    });
    // Refused as a whole: a direction that is not one, a negative size, an unknown indicator.
    for (const bad of [
      { output: { direction: 'up' } },
      { output: { direction: 'rise', magnitude: -1 } },
      { wages: { direction: 'rise' } },
    ]) {
      actor.send({ type: 'SET_PREDICTION', prediction: bad as never });
      expect(actor.getSnapshot().context.prediction.output).toEqual({ direction: 'rise', magnitude: 4 });
    }
    // A prediction changes nothing in the model: the same year as without one.
    const plain = started(scenario, 3);
    plain.send({ type: 'BEGIN' });
    playYear(actor);
    playYear(plain);
    const snap = actor.getSnapshot();
    expect(snap.context.log[0]?.prediction).toEqual({ output: { direction: 'rise', magnitude: 4 }, poverty: { direction: 'same' } });
    expect(snap.context.prediction).toEqual({});
    expect(snap.context.history).toEqual(plain.getSnapshot().context.history);
    expect(plain.getSnapshot().context.log[0]).not.toHaveProperty('prediction');
    // Not outside planning.
    actor.send({ type: 'END_YEAR' });
    actor.send({ type: 'SET_PREDICTION', prediction: { output: { direction: 'fall' } } });
    expect(actor.getSnapshot().value).not.toBe('planning');
    expect(actor.getSnapshot().context.prediction).toEqual({});
    expect(actor.getSnapshot().context.log[1]).not.toHaveProperty('prediction');
  });

  it('ignores actions in the wrong phase', () => {
    const actor = started(scenario);
    actor.send({ type: 'END_YEAR' });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context.history).toHaveLength(1);
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'CHOOSE', choiceId: 'anything' });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('planning');
    actor.send({ type: 'END_YEAR' });
    actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { training: 1 } } });
    const snap = actor.getSnapshot();
    if (snap.matches('report')) expect(snap.context.draft?.allocation.training).toBe(0);
  });

  it('persists and restores mid-term, then continues exactly as an uninterrupted game', () => {
    const uninterrupted = started(scenario, 11);
    uninterrupted.send({ type: 'BEGIN' });
    for (let k = 0; k < 6; k++) playYear(uninterrupted);

    const first = started(scenario, 11);
    first.send({ type: 'BEGIN' });
    for (let k = 0; k < 3; k++) playYear(first);
    const saved = JSON.parse(JSON.stringify(first.getPersistedSnapshot())) as Snapshot;
    first.stop();
    const restored = createActor(gameMachine, { snapshot: saved }).start();
    expect(restored.getSnapshot().value).toBe('planning');
    for (let k = 0; k < 3; k++) playYear(restored);

    expect(restored.getSnapshot().context.history).toEqual(uninterrupted.getSnapshot().context.history);
    expect(restored.getSnapshot().context.log).toEqual(uninterrupted.getSnapshot().context.log);
  });

  it('gives the same numbers as the model run for the same decisions and seed', () => {
    const plan: Plan = {
      name: 'mixed',
      years: [
        { allocation: { training: 0.3, infrastructure: 0.3, incentives: 0.2, trade: 0.1 }, incentiveTarget: 'sme' },
        { tariff: 0.05, laborStandards: true },
        { allocation: { research: 0.2, infrastructure: 0.2 } },
      ],
    };
    for (const id of ['sialkot-surgical', 'suame-magazine', 'tnc-cluster']) {
      const s = scenarioById(id);
      for (const seed of [1, 2, 3]) {
        const played = playPlan(s, { seed, years: 10, plan });
        const folded = simulate(s, { seed, years: 10, plan });
        expect(played.states).toEqual(folded.states);
        expect(played.log.filter((e) => e.event).map((e) => e.event?.eventId)).toEqual(folded.events.map((e) => e.eventId));
      }
    }
  });

  it('stops for an event, refuses an unknown choice, and records the choice in the log', () => {
    // Find a seed where an event fires before the last year.
    let found = false;
    for (let seed = 1; seed < 60 && !found; seed++) {
      const actor = started(scenario, seed);
      actor.send({ type: 'BEGIN' });
      for (let k = 1; k < scenario.termYears && !found; k++) {
        actor.send({ type: 'END_YEAR' });
        const snap = actor.getSnapshot();
        if (snap.matches('event')) {
          found = true;
          const eventId = snap.context.history.at(-1)?.activeEvent;
          const event = scenario.events.find((e) => e.id === eventId);
          expect(event).toBeDefined();
          actor.send({ type: 'CHOOSE', choiceId: 'not-a-choice' });
          expect(actor.getSnapshot().value).toBe('event');
          const choice = event?.choices.at(-1)?.id ?? '';
          actor.send({ type: 'CHOOSE', choiceId: choice });
          const after = actor.getSnapshot();
          expect(after.value).toBe('report');
          expect(after.context.log.at(-1)?.event).toEqual({ eventId, choiceId: choice });
          expect(after.context.history.at(-1)?.activeEvent).toBeNull();
        } else {
          actor.send({ type: 'NEXT' });
        }
      }
    }
    expect(found).toBe(true);
  });

  it('ends the term early when stakeholder approval collapses', () => {
    const fragile: Scenario = {
      ...scenario,
      initial: { ...scenario.initial, approval: { sme: 0.3, large: 0.3, workers: 0.3, donors: 0.3 } },
      parameters: { ...scenario.parameters, approvalCollapse: 0.3 },
    };
    const actor = started(fragile, 5);
    actor.send({ type: 'BEGIN' });
    // An abrupt swing in tariffs and shares upsets everyone at once.
    actor.send({ type: 'SET_DECISIONS', decisions: { tariff: 1, allocation: { research: 1 } } });
    actor.send({ type: 'END_YEAR' });
    answerEvent(actor);
    expect(actor.getSnapshot().context.endReason).toBe('approval');
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(actor.getSnapshot().context.history).toHaveLength(2);
  });
});
