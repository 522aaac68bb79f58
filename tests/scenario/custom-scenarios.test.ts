// Scenarios made in the scenario editor, known by id after a reload: the catalog reads the browser's
// scenario store only when an id that is not built-in is asked for; saved plans and plan links of
// them open; a deleted or now invalid one is named, and nothing of it is lost.
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/flow';
import { openPlanStore, PLAN_STORE_KEY } from '../../src/platform/plan-store';
import { createSaveManager } from '../../src/platform/saves';
import { openScenarioStore, readStoredScenarios, SCENARIO_STORE_KEY } from '../../src/platform/scenario-store';
import {
  allScenarios,
  findScenario,
  isStoredScenario,
  lookUpScenario,
  registerCustomScenario,
  scenarioById,
  setStoredScenarioSource,
  storedScenarios,
  type Scenario,
} from '../../src/scenario';
import { draftFrom, setAt } from '../../src/view/editor-form';
import { planLinkHash, readPlannerHash } from '../../src/view/plan-link';
import { checkPlannerPlan, newPlan } from '../../src/view/planner';
import { MemoryStorage } from '../platform/fixtures';

let tick = 0;
/** A later time at every save (the catalog tells saves of one id apart by their time). */
const later = () => new Date(Date.UTC(2030, 0, 1, 0, 0, tick++));
const draft = (id: string, name = id) => setAt(setAt(draftFrom(scenarioById('survival-cluster')), ['id'], id), ['name'], name);

/** What the app shell does at start: the catalog reads this storage's scenarios when asked (counted). */
function reload(storage: Storage): { reads: () => number } {
  let reads = 0;
  setStoredScenarioSource(() => {
    reads += 1;
    return readStoredScenarios(storage).entries;
  });
  return { reads: () => reads };
}

afterEach(() => setStoredScenarioSource(null));

describe('custom scenarios after a reload', () => {
  it('a saved scenario is known by id, read only when an unknown id is asked for', () => {
    const storage = new MemoryStorage();
    openScenarioStore(storage).save(draft('my-town', 'My town'), later());
    const page = reload(storage);
    // The title and the map: built-in scenarios only, the store is not read.
    expect(allScenarios().map((s) => s.id)).not.toContain('my-town');
    scenarioById('sialkot-surgical');
    expect(page.reads()).toBe(0);
    const mine = scenarioById('my-town');
    expect(mine.name).toBe('My town');
    expect(lookUpScenario('my-town')).toEqual({ kind: 'custom', scenario: mine });
    // The same object each time (models and runs are cached by the scenario's identity), one read.
    expect(scenarioById('my-town')).toBe(mine);
    expect(page.reads()).toBe(1);
    expect(isStoredScenario('my-town')).toBe(true);
    expect(storedScenarios().map((s) => s.id)).toEqual(['my-town']);
  });

  it('a built-in id always wins: a stored scenario under it is not registered over it', () => {
    const storage = new MemoryStorage();
    const copy = setAt(draft('x'), ['id'], 'sialkot-surgical');
    openScenarioStore(storage).save(setAt(copy, ['name'], 'Not Sialkot'), later());
    reload(storage);
    expect(scenarioById('sialkot-surgical').name).not.toBe('Not Sialkot');
    expect(lookUpScenario('sialkot-surgical').kind).toBe('built-in');
    expect(storedScenarios()).toEqual([]);
    expect(isStoredScenario('sialkot-surgical')).toBe(false);
  });

  it('a scenario saved with problems is named, not opened', () => {
    const storage = new MemoryStorage();
    openScenarioStore(storage).save(setAt(draft('my-bad', 'Half done'), ['initial', 'smeFirms'], -1), later());
    reload(storage);
    const found = lookUpScenario('my-bad');
    expect(found).toMatchObject({ kind: 'invalid', id: 'my-bad', name: 'Half done' });
    expect(found.kind === 'invalid' && found.problems.join()).toMatch(/smeFirms/);
    expect(findScenario('my-bad')).toBeUndefined();
    expect(() => scenarioById('my-bad')).toThrow(/unknown scenario "my-bad"/);
    expect(storedScenarios()).toEqual([]);
  });

  it('a deleted scenario is unknown at once; a registered one (the editor\'s latest) wins over what was stored before', () => {
    const storage = new MemoryStorage();
    const store = openScenarioStore(storage);
    store.save(draft('my-a', 'Stored A'), later());
    reload(storage);
    expect(scenarioById('my-a').name).toBe('Stored A');
    store.remove('my-a');
    expect(lookUpScenario('my-a')).toEqual({ kind: 'missing', id: 'my-a' });
    store.save(draft('my-a', 'Saved again'), later());
    expect(scenarioById('my-a').name).toBe('Saved again');
    store.save(draft('my-b', 'Stored B'), later());
    reload(storage);
    registerCustomScenario({ ...scenarioById('my-a'), id: 'my-b', name: 'From the editor' });
    expect(scenarioById('my-b').name).toBe('From the editor');
    expect(storedScenarios().map((s) => [s.id, s.name])).toEqual([
      ['my-a', 'Saved again'],
      ['my-b', 'From the editor'],
    ]);
  });

  it('a newer version saved in the editor replaces the one it sent to the planner, unless it has problems', () => {
    const storage = new MemoryStorage();
    const store = openScenarioStore(storage);
    reload(storage);
    registerCustomScenario({ ...scenarioById('survival-cluster'), id: 'my-c', name: 'Sent to the planner' });
    store.save(setAt(draft('my-c', 'Half done'), ['initial', 'smeFirms'], -1), later());
    expect(scenarioById('my-c').name).toBe('Sent to the planner');
    store.save(draft('my-c', 'Saved after'), later());
    expect(scenarioById('my-c').name).toBe('Saved after');
    expect(storedScenarios().map((s) => [s.id, s.name])).toEqual([['my-c', 'Saved after']]);
  });

  it('a workshop\'s scenario keeps its exact version for the visit, whatever is saved under its id', () => {
    const storage = new MemoryStorage();
    reload(storage);
    registerCustomScenario({ ...scenarioById('survival-cluster'), id: 'my-session', name: 'The session' }, { pinned: true });
    openScenarioStore(storage).save(draft('my-session', 'Edited here'), later());
    expect(scenarioById('my-session').name).toBe('The session');
  });

  it('a store that cannot be read, or no store at all, knows no custom scenario and never throws', () => {
    const storage = new MemoryStorage();
    storage.setItem(SCENARIO_STORE_KEY, '{"not":"a store"');
    reload(storage);
    expect(lookUpScenario('my-a')).toEqual({ kind: 'missing', id: 'my-a' });
    setStoredScenarioSource(() => {
      throw new Error('storage blocked');
    });
    expect(findScenario('my-a')).toBeUndefined();
    expect(storage.getItem(SCENARIO_STORE_KEY)).toBe('{"not":"a store"');
  });
});

describe('plans for a custom scenario', () => {
  function setUp(): { storage: MemoryStorage; scenario: Scenario } {
    const storage = new MemoryStorage();
    openScenarioStore(storage).save(draft('my-plan-town', 'Plan town'), later());
    reload(storage);
    return { storage, scenario: scenarioById('my-plan-town') };
  }

  it('saved in the planner, load after a reload', () => {
    const { storage, scenario } = setUp();
    const plan = newPlan(scenario, 7);
    const store = openPlanStore(storage);
    expect(store.save('Mine', plan)).toMatchObject({ ok: true, persisted: true });
    store.setCurrent(plan);
    reload(storage);
    const again = openPlanStore(storage);
    expect(again.problem()).toBeNull();
    expect(again.savedFor('my-plan-town').map((s) => s.plan)).toEqual([plan]);
    expect(again.current()).toEqual(plan);
    expect(checkPlannerPlan(plan)).toEqual({ ok: true, plan });
  });

  it('are held, not lost, while the scenario is deleted, and come back with it', () => {
    const { storage, scenario } = setUp();
    const plan = newPlan(scenario, 7);
    const first = openPlanStore(storage);
    first.save('Mine', plan);
    first.setCurrent(plan);
    const scenarios = openScenarioStore(storage);
    scenarios.remove('my-plan-town');
    reload(storage);
    const held = openPlanStore(storage);
    expect(held.problem()).toBeNull();
    expect(held.saved()).toEqual([]);
    expect(held.current()).toBeNull();
    expect(held.unknownScenarios()).toEqual([{ scenarioId: 'my-plan-town', plans: 1, current: true }]);
    // Writing other plans keeps the held one as it was.
    const sialkot = newPlan(scenarioById('sialkot-surgical'));
    held.save('Other', sialkot);
    held.setCurrent(sialkot);
    expect(storage.getItem(PLAN_STORE_KEY)).toContain('"my-plan-town"');
    // Imported again in the editor: the plan is there again, in this page too.
    scenarios.save(draft('my-plan-town', 'Plan town'), later());
    expect(held.savedFor('my-plan-town').map((s) => s.name)).toEqual(['Mine']);
    expect(held.unknownScenarios()).toEqual([]);
    reload(storage);
    expect(openPlanStore(storage).saved().map((s) => s.name)).toEqual(['Mine', 'Other']);
  });

  it('held while the scenario is deleted, and named with their problem when it comes back changed so that they no longer fit', () => {
    const { storage, scenario } = setUp();
    const event = scenario.events[0]!;
    const planned = newPlan(scenario, 7);
    const plan = { ...planned, phases: planned.phases.map((p) => ({ ...p, eventChoices: { [event.id]: event.choices[0]!.id } })) };
    openPlanStore(storage).save('Mine', plan);
    const scenarios = openScenarioStore(storage);
    scenarios.remove('my-plan-town');
    reload(storage);
    const held = openPlanStore(storage);
    expect(held.misfits()).toEqual([]);
    // Saved again without the event the plan names: no longer unknown, not shown, and named.
    const events = (draft('my-plan-town') as { events: { id: string }[] }).events.filter((e) => e.id !== event.id);
    const changed = setAt(draft('my-plan-town', 'Plan town'), ['events'], events);
    scenarios.save(changed, later());
    expect(held.unknownScenarios()).toEqual([]);
    expect(held.saved()).toEqual([]);
    expect(held.misfits()).toEqual([{ scenarioId: 'my-plan-town', name: 'Mine', problems: [`phases[0].eventChoices: no event "${event.id}" in this scenario`] }]);
    expect(storage.getItem(PLAN_STORE_KEY)).toContain('"Mine"');
  });

  it('in a link open where the browser has the scenario, and are refused by name where it does not', () => {
    const { storage, scenario } = setUp();
    const plan = newPlan(scenario, 7);
    const hash = planLinkHash(plan);
    expect(readPlannerHash(hash)).toEqual({ kind: 'plan', plan });
    expect(readPlannerHash('#planner&scenario=my-plan-town')).toEqual({ kind: 'open', scenarioId: 'my-plan-town', seed: null });
    openScenarioStore(storage).remove('my-plan-town');
    reload(storage);
    expect(readPlannerHash(hash)).toEqual({ kind: 'problem', problem: { kind: 'unknown-scenario', scenarioId: 'my-plan-town' }, scenarioId: null });
    expect(readPlannerHash('#planner&scenario=my-plan-town')).toMatchObject({ kind: 'problem', problem: { kind: 'unknown-scenario' } });
  });
});

describe('a saved game of a custom scenario', () => {
  it('continues after a reload, even when the scenario was deleted from the browser (the save holds it)', () => {
    const storage = new MemoryStorage();
    openScenarioStore(storage).save(draft('my-game-town', 'Game town'), later());
    reload(storage);
    const saves = createSaveManager(storage, { warn: () => undefined });
    const actor = createActor(gameMachine).start();
    actor.subscribe((snapshot) => saves.autosave(snapshot));
    actor.send({ type: 'START', scenario: scenarioById('my-game-town'), seed: 4 });
    actor.send({ type: 'BEGIN' });
    openScenarioStore(storage).remove('my-game-town');
    reload(storage);
    const again = createSaveManager(storage, { warn: () => undefined });
    const latest = again.mostRecent();
    expect(latest).toBeDefined();
    const opened = again.open(latest!.key);
    expect(opened.ok).toBe(true);
    expect(opened.ok && opened.snapshot.context.scenario?.name).toBe('Game town');
  });
});
