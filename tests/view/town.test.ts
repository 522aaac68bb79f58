import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { currentState, gameMachine, modelFor, type GameEvent } from '../../src/flow';
import { defaultChoiceId, findEvent } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { selectTown } from '../../src/view/town-select';
import { LARGE_PLOTS, WORKSHOP_PLOTS, type TownView } from '../../src/view/town';

type Decisions = Extract<GameEvent, { type: 'SET_DECISIONS' }>['decisions'];

/**
 * Plays `years` years through the turn machine with the same decisions each year (or a function of
 * the year), answering events with their default choice. Returns the town at the start and after each year.
 */
function playTowns(scenarioId: string, years: number, decisions: Decisions | ((year: number) => Decisions) = {}, seed = 7): TownView[] {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: scenarioById(scenarioId), seed, termYears: Math.max(years, 1) + 1 });
  actor.send({ type: 'BEGIN' });
  const towns: TownView[] = [];
  const first = selectTown(actor.getSnapshot());
  if (first) towns.push(first);
  for (let year = 1; year <= years; year++) {
    actor.send({ type: 'SET_DECISIONS', decisions: typeof decisions === 'function' ? decisions(year) : decisions });
    expect(actor.getSnapshot().context.rejection).toBeNull();
    actor.send({ type: 'END_YEAR' });
    const snap = actor.getSnapshot();
    if (snap.matches('event') && snap.context.scenario) {
      const eventId = currentState(snap.context).activeEvent ?? '';
      const event = findEvent(modelFor(snap.context.scenario, snap.context.difficulty), eventId);
      actor.send({ type: 'CHOOSE', choiceId: event ? defaultChoiceId(event) : '' });
    }
    const town = selectTown(actor.getSnapshot());
    if (town) towns.push(town);
    actor.send({ type: 'NEXT' });
  }
  actor.stop();
  return towns;
}

const workshops = (town: TownView, change?: 'new' | 'closing' | 'steady') =>
  town.buildings.filter((b) => b.kind === 'workshop' && (change === undefined || b.change === change));
const standing = (town: TownView) => town.buildings.filter((b) => b.change !== 'closing');
const at = (towns: TownView[], k: number): TownView => {
  const town = towns[k];
  if (!town) throw new Error(`no town for year ${k}`);
  return town;
};

const SME_PUSH: Decisions = { allocation: { infrastructure: 0.4, incentives: 0.4 }, incentiveTarget: 'sme' };

describe('selectTown', () => {
  it('is null before a game starts', () => {
    const actor = createActor(gameMachine).start();
    expect(selectTown(actor.getSnapshot())).toBeNull();
    actor.stop();
  });

  it('starts a cluster with 20 to 28 workshops, more for a cluster with more SMEs', () => {
    const small = at(playTowns('tnc-cluster', 0), 0); // 300 SMEs
    const large = at(playTowns('suame-magazine', 0), 0); // 12,000 SMEs
    for (const town of [small, large]) {
      expect(workshops(town).length).toBeGreaterThanOrEqual(20);
      expect(workshops(town).length).toBeLessThanOrEqual(28);
      expect(town.buildings.every((b) => b.change === 'steady')).toBe(true);
    }
    expect(workshops(large).length).toBeGreaterThan(workshops(small).length);
    // Large firms and foreign plants appear where the scenario has them.
    expect(small.buildings.some((b) => b.kind === 'foreign')).toBe(true);
    expect(at(playTowns('kamukunji-metalwork', 0), 0).buildings.every((b) => b.kind === 'workshop')).toBe(true);
  });

  it('shows more workshops when SMEs multiply, with new ones flagged in the year they open', () => {
    const pushed = playTowns('kamukunji-metalwork', 6, SME_PUSH);
    const baseline = playTowns('kamukunji-metalwork', 6);
    expect(workshops(at(pushed, 6)).length).toBeGreaterThan(workshops(at(pushed, 0)).length);
    expect(workshops(at(pushed, 6)).length).toBeGreaterThan(workshops(at(baseline, 6)).length);
    const newOnes = pushed.slice(1).flatMap((town) => workshops(town, 'new'));
    expect(newOnes.length).toBeGreaterThan(0);
    // A new building is new only in its first year.
    for (let k = 1; k < pushed.length - 1; k++) {
      for (const b of at(pushed, k).buildings.filter((x) => x.change === 'new')) {
        expect(at(pushed, k + 1).buildings.find((x) => x.id === b.id)?.change).not.toBe('new');
      }
    }
  });

  it('keeps a surviving building on its id, kind and plot across years, and never puts two on one plot', () => {
    const towns = playTowns('sialkot-surgical', 8, { allocation: { incentives: 0.5, infrastructure: 0.3 }, incentiveTarget: 'all' });
    for (let k = 1; k < towns.length; k++) {
      const before = new Map(standing(at(towns, k - 1)).map((b) => [b.id, b]));
      for (const b of at(towns, k).buildings) {
        const old = before.get(b.id);
        if (!old) {
          expect(b.change).toBe('new');
          continue;
        }
        expect(b.kind).toBe(old.kind);
        expect(b.plot).toBe(old.plot);
        expect(b.size).toBe(old.size);
        expect(b.change).not.toBe('new');
      }
      // Closing buildings disappear the year after.
      for (const b of at(towns, k - 1).buildings.filter((x) => x.change === 'closing')) {
        expect(at(towns, k).buildings.some((x) => x.id === b.id)).toBe(false);
      }
    }
    for (const town of towns) {
      const plots = town.buildings.map((b) => `${b.kind === 'workshop' ? 'w' : 'l'}:${b.plot}`);
      expect(new Set(plots).size).toBe(plots.length);
      for (const b of town.buildings) {
        expect(b.plot).toBeGreaterThanOrEqual(0);
        expect(b.plot).toBeLessThan(b.kind === 'workshop' ? WORKSHOP_PLOTS : LARGE_PLOTS);
      }
    }
  });

  it('closes workshops when the tariff is cut to zero in a survival cluster', () => {
    const cut = playTowns('survival-cluster', 3, { tariff: 0 });
    const closing = cut.slice(1).flatMap((town) => workshops(town, 'closing'));
    expect(closing.length).toBeGreaterThan(0);
    expect(standing(at(cut, 3)).length).toBeLessThan(standing(at(cut, 0)).length);
    const kept = playTowns('survival-cluster', 3);
    expect(standing(at(cut, 3)).length).toBeLessThan(standing(at(kept, 3)).length);
  });

  it('builds the training centre and the research centre: none -> building -> open', () => {
    const towns = playTowns('kamukunji-metalwork', 6, { allocation: { training: 0.3, research: 0.4 } });
    expect(at(towns, 0).trainingCentre).toBe('none');
    expect(at(towns, 0).researchCentre).toBe('none');
    // Trainees finish a year after the money is spent.
    expect(at(towns, 1).trainingCentre).toBe('building');
    expect(at(towns, 2).trainingCentre).toBe('open');
    // A research centre takes years to build.
    expect(at(towns, 1).researchCentre).toBe('building');
    expect(at(towns, 2).researchCentre).toBe('building');
    expect(at(towns, 6).researchCentre).toBe('open');
    const sequence = towns.map((t) => t.researchCentre);
    expect(sequence.indexOf('open')).toBeGreaterThan(sequence.lastIndexOf('none'));
    // Without spending, nothing is built.
    const idle = playTowns('kamukunji-metalwork', 4);
    expect(idle.every((t) => t.trainingCentre === 'none' && t.researchCentre === 'none')).toBe(true);
  });

  it('grows the road and power network with infrastructure spending', () => {
    const built = playTowns('kamukunji-metalwork', 5, { allocation: { infrastructure: 0.8 } });
    const idle = playTowns('kamukunji-metalwork', 5);
    expect(at(built, 5).roads).toBeGreaterThan(at(built, 0).roads + 0.1);
    expect(at(built, 5).roads).toBeGreaterThan(at(idle, 5).roads);
    expect(at(built, 5).power).toBeGreaterThan(at(idle, 5).power);
    // Kamukunji starts with almost no grid.
    expect(at(built, 0).power).toBeLessThan(0.1);
  });

  it('shows a fire in a year with an accident, on a workshop', () => {
    let found: TownView | undefined;
    for (let seed = 1; seed <= 60 && !found; seed++) {
      found = playTowns('suame-magazine', 10, {}, seed).find((town) => town.fire);
    }
    expect(found).toBeDefined();
    const burnt = found?.buildings.filter((b) => b.burnt) ?? [];
    expect(burnt.length).toBeGreaterThan(0);
    expect(burnt.every((b) => b.kind === 'workshop')).toBe(true);
    // No fire at the start.
    expect(at(playTowns('suame-magazine', 0), 0).fire).toBe(false);
  });

  it('reads exports, mood and smoke from the state', () => {
    const towns = playTowns('sialkot-surgical', 3, { allocation: { trade: 0.6 } });
    const start = at(towns, 0);
    expect(start.mood).toBe(0);
    expect(start.trucks).toBeGreaterThan(at(playTowns('kamukunji-metalwork', 0), 0).trucks);
    expect(start.ships).toBeGreaterThan(0);
    expect(start.smoke).toBeCloseTo(0.7, 5);
    for (const town of towns) {
      expect(town.mood).toBeGreaterThanOrEqual(-1);
      expect(town.mood).toBeLessThanOrEqual(1);
    }
  });

  it('returns the same view for the same snapshot history (memoised)', () => {
    const actor = createActor(gameMachine).start();
    actor.send({ type: 'START', scenario: scenarioById('sialkot-surgical'), seed: 3 });
    expect(selectTown(actor.getSnapshot())).toBe(selectTown(actor.getSnapshot()));
    actor.stop();
  });
});
