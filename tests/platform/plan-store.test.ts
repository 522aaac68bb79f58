import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SAVED_PER_SCENARIO,
  openPlanStore,
  PLAN_STORE_DAMAGED_PREFIX,
  PLAN_STORE_KEY,
  readPlanStore,
  serializePlanStore,
} from '../../src/platform/plan-store';
import { scenarioById } from '../../src/scenario';
import { addPhase, newPlan, setPhaseShare, type PlannerPlan } from '../../src/view/planner';
import { plannerPlanArbitrary, threePhasePlan } from '../view/planner-fixtures';
import { MemoryStorage } from './fixtures';

const clock = () => new Date('2030-01-02T03:04:05.000Z');
const sialkot = () => newPlan(scenarioById('sialkot-surgical'));

describe('saved plans in browser storage', () => {
  it('come back exactly as saved, with the plan last worked on', () => {
    fc.assert(
      fc.property(fc.array(plannerPlanArbitrary(), { minLength: 1, maxLength: 4 }), (plans) => {
        const storage = new MemoryStorage();
        const store = openPlanStore(storage, { now: clock });
        plans.forEach((plan, i) => expect(store.save(`Plan ${i}`, plan)).toMatchObject({ ok: true, persisted: true }));
        store.setCurrent(plans[0]!);
        const again = openPlanStore(storage, { now: clock });
        expect(again.problem()).toBeNull();
        expect(again.saved().map((s) => s.plan)).toEqual(plans);
        expect(again.saved().map((s) => s.name)).toEqual(plans.map((_, i) => `Plan ${i}`));
        expect(again.current()).toEqual(plans[0]);
      }),
      { numRuns: 40 },
    );
  });

  it('keep up to four plans per cluster; a plan saved under a taken name replaces it', () => {
    const store = openPlanStore(new MemoryStorage(), { now: clock });
    let plan = threePhasePlan();
    for (let i = 0; i < MAX_SAVED_PER_SCENARIO; i++) {
      plan = setPhaseShare(plan, 0, 'trade', i / 20);
      expect(store.save(`Plan ${i}`, plan)).toMatchObject({ ok: true, replaced: false });
    }
    expect(store.save('One too many', plan)).toEqual({ ok: false, reason: 'limit' });
    expect(store.save('Plan 2', addPhase(plan))).toMatchObject({ ok: true, replaced: true });
    expect(store.savedFor(plan.scenarioId)).toHaveLength(MAX_SAVED_PER_SCENARIO);
    expect(store.savedFor(plan.scenarioId)[2]?.plan.phases).toHaveLength(4);
    // Other clusters have their own four.
    expect(store.save('Plan 0', sialkot())).toMatchObject({ ok: true, replaced: false });
    expect(store.save('  \u0007 ', plan)).toEqual({ ok: false, reason: 'name' });
    store.remove(plan.scenarioId, 'Plan 1');
    expect(store.savedFor(plan.scenarioId).map((s) => s.name)).toEqual(['Plan 0', 'Plan 2', 'Plan 3']);
  });

  it('damaged beyond reading: one message, the text kept aside, other saved data untouched', () => {
    const storage = new MemoryStorage();
    storage.setItem('cpl:autosave', '{"a game":true}');
    storage.setItem(PLAN_STORE_KEY, '{"format":"cluster-policy-lab/plans","version":1,"saved":[{"na');
    const store = openPlanStore(storage, { now: clock });
    const problem = store.problem();
    expect(problem).toMatchObject({ kind: 'unreadable', keptKey: `${PLAN_STORE_DAMAGED_PREFIX}2030-01-02T03:04:05.000Z` });
    expect(problem?.details.join()).toMatch(/not valid JSON/);
    expect(storage.getItem(problem!.keptKey!)).toContain('"saved":[{"na');
    expect(store.saved()).toEqual([]);
    // Saving goes on; the kept text and the game's save stay as they were.
    expect(store.save('Fresh', threePhasePlan())).toMatchObject({ ok: true, persisted: true });
    expect(storage.getItem(problem!.keptKey!)).toContain('"saved":[{"na');
    expect(storage.getItem('cpl:autosave')).toBe('{"a game":true}');
    expect(openPlanStore(storage).saved().map((s) => s.name)).toEqual(['Fresh']);
  });

  it('with one bad plan: the others load, the bad one is named and the whole text kept', () => {
    const good = threePhasePlan();
    const bad = { ...good, horizon: 99 };
    const storage = new MemoryStorage();
    storage.setItem(
      PLAN_STORE_KEY,
      JSON.stringify({
        format: 'cluster-policy-lab/plans',
        version: 1,
        saved: [
          { name: 'Good', savedAt: '2030-01-01T00:00:00.000Z', plan: good },
          { name: 'Broken', savedAt: '2030-01-01T00:00:00.000Z', plan: bad },
        ],
      }),
    );
    const store = openPlanStore(storage, { now: clock });
    expect(store.saved().map((s) => s.name)).toEqual(['Good']);
    expect(store.problem()).toMatchObject({ kind: 'entries' });
    expect(store.problem()?.details.join()).toMatch(/saved plan 2 \("Broken"\): plan\.horizon: must be at most 30/);
    expect(storage.getItem(store.problem()!.keptKey!)).toContain('"Broken"');
  });

  it('from a newer version: kept aside, not read as ours', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ format: 'cluster-policy-lab/plans', version: 2, saved: [], somethingNew: true });
    storage.setItem(PLAN_STORE_KEY, newer);
    const store = openPlanStore(storage, { now: clock });
    expect(store.problem()).toMatchObject({ kind: 'newer' });
    expect(store.problem()?.details.join()).toMatch(/newer version \(v2\)/);
    expect(storage.getItem(store.problem()!.keptKey!)).toBe(newer);
  });

  it('never writes over a damaged store it could not keep aside', () => {
    const storage = new MemoryStorage({ failWrites: (key) => key.startsWith(PLAN_STORE_DAMAGED_PREFIX) });
    storage.setItem(PLAN_STORE_KEY, 'not json');
    const store = openPlanStore(storage, { now: clock });
    expect(store.problem()).toMatchObject({ kind: 'unreadable', keptKey: null });
    expect(store.save('Mine', threePhasePlan())).toMatchObject({ ok: true, persisted: false });
    expect(storage.getItem(PLAN_STORE_KEY)).toBe('not json');
    expect(store.saved().map((s) => s.name)).toEqual(['Mine']);
  });

  it('keeps plans for the visit when storage refuses to write', () => {
    const store = openPlanStore(new MemoryStorage({ failWrites: true }), { now: clock });
    expect(store.save('Mine', threePhasePlan())).toMatchObject({ ok: true, persisted: false });
    expect(store.storageFailed()).toBe(true);
    expect(store.saved()).toHaveLength(1);
    expect(openPlanStore(null).save('Nowhere', threePhasePlan())).toMatchObject({ ok: true, persisted: false });
  });

  it('reads what it writes, and nothing that is not a plan store', () => {
    const plan: PlannerPlan = threePhasePlan();
    const text = serializePlanStore([{ name: 'A', savedAt: '2030-01-01T00:00:00.000Z', plan }], plan);
    const saved = [{ name: 'A', savedAt: '2030-01-01T00:00:00.000Z', plan }];
    expect(readPlanStore(text)).toEqual({ entries: saved, saved, current: plan, heldCurrent: null, problem: null });
    expect(readPlanStore('[1,2]').problem?.kind).toBe('unreadable');
    expect(readPlanStore('{"format":"cluster-policy-lab/save","version":1}').problem?.details.join()).toMatch(/not Cluster Policy Lab plans/);
    expect(readPlanStore(null)).toEqual({ entries: [], saved: [], current: null, heldCurrent: null, problem: null });
  });
});
