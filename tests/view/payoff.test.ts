import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { currentState, gameMachine, type GameEvent } from '../../src/flow';
import { scenarioById } from '../../src/scenario';
import {
  payoffHorizon,
  selectPayoff,
  selectPayoffFor,
  MIN_HORIZON_YEARS,
  NOTICEABLE_OUTPUT_PCT,
} from '../../src/view/payoff';

type Allocation = NonNullable<Extract<GameEvent, { type: 'SET_DECISIONS' }>['decisions']['allocation']>;

/** A game in planning, year 1, with the given shares in the draft. */
function planned(id: string, allocation: Allocation) {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: scenarioById(id), seed: 3 });
  actor.send({ type: 'BEGIN' });
  actor.send({ type: 'SET_DECISIONS', decisions: { allocation } });
  return actor.getSnapshot();
}

function lineOf(id: string, allocation: Allocation, lever: string) {
  const view = selectPayoffFor(planned(id, allocation));
  return view?.lines.find((l) => l.lever === lever);
}

describe('the payoff preview', () => {
  it('lists only the funded lines', () => {
    const view = selectPayoffFor(planned('sialkot-surgical', { infrastructure: 0.3, training: 0.2 }));
    expect(view?.lines.map((l) => l.lever)).toEqual(['infrastructure', 'training']);
    expect(selectPayoffFor(planned('sialkot-surgical', {}))?.lines).toEqual([]);
  });

  it('looks ahead over the rest of the term, and at least five years', () => {
    expect(payoffHorizon(10, 0)).toBe(10);
    expect(payoffHorizon(10, 8)).toBe(MIN_HORIZON_YEARS);
    const view = selectPayoffFor(planned('sialkot-surgical', { training: 0.2 }));
    expect(view?.years).toBe(10);
    expect(view?.lines[0]?.years).toHaveLength(10);
    expect(view?.fromYear).toBe(2002);
    expect(view?.toYear).toBe(2011);
  });

  it('shows infrastructure paying off from year 2 at the earliest: it is built over 2-3 years', () => {
    const line = lineOf('sialkot-surgical', { infrastructure: 0.4 }, 'infrastructure');
    expect(line?.firstYear).not.toBeNull();
    expect(line!.firstYear!.ahead).toBeGreaterThanOrEqual(2);
    expect(Math.abs(line!.years[0]!.outputPct)).toBeLessThanOrEqual(NOTICEABLE_OUTPUT_PCT);
  });

  it('shows training paying off from year 2 at the earliest, with a positive effect by year 3', () => {
    const line = lineOf('sialkot-surgical', { training: 0.4 }, 'training');
    expect(line!.firstYear!.ahead).toBeGreaterThanOrEqual(2);
    expect(line!.years[2]!.outputPct).toBeGreaterThan(NOTICEABLE_OUTPUT_PCT);
    // Skills raise output per worker: output gained without a matching gain in jobs (under 60 of ~50,000).
    expect(line!.years[2]!.jobs).toBeLessThan(60);
    expect(line!.years[2]!.povertyPoints).toBeLessThan(0);
  });

  it('shows no payoff within the term for research in a low-skill cluster (Kamukunji)', () => {
    const line = lineOf('kamukunji-metalwork', { research: 0.5 }, 'research');
    expect(line).toBeDefined();
    expect(line!.firstYear).toBeNull();
    expect(line!.years.every((y) => y.outputPct <= NOTICEABLE_OUTPUT_PCT)).toBe(true);
  });

  it('finds the peak within the horizon', () => {
    const line = lineOf('sialkot-surgical', { trade: 0.3 }, 'trade')!;
    const best = Math.max(...line.years.map((y) => y.outputPct));
    expect(line.peak?.outputPct).toBe(best);
    expect(line.peak!.year).toBeGreaterThanOrEqual(line.firstYear!.year);
  });

  it('compares against the same plan without the line, and changes nothing in the game', () => {
    const snapshot = planned('sialkot-surgical', { infrastructure: 0.3, training: 0.3 });
    const { context } = snapshot;
    const state = currentState(context);
    const before = JSON.stringify(state);
    const view = selectPayoff(context.scenario!, context.difficulty, state, context.draft!, 6);
    expect(view.lines).toHaveLength(2);
    // The gain of a line is measured with the other line still funded: both paths start from the same state.
    for (const line of view.lines) expect(line.years[0]!.year).toBe(state.year + 1);
    expect(JSON.stringify(state)).toBe(before);
  });
});
