// Share links with assumptions (link version 2): the assumptions travel with the plan; a plan under
// the scenario's own assumptions is still written as version 1 (older builds open it); old links
// still open; a version-2 link with assumptions out of range, or a version-1 link carrying them, is refused.
import fc from 'fast-check';
import * as lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_BOUNDS, DEFAULT_ASSUMPTIONS, type Assumptions } from '../../src/model';
import { fnv1a, planLinkHash, readPlannerHash } from '../../src/view/plan-link';
import { threePhasePlan } from './planner-fixtures';

const lz = ((lzString as unknown as { default?: typeof lzString }).default ?? lzString) as typeof lzString;

function handMade(version: number, compact: unknown, scenario = 'kamukunji-metalwork'): string {
  const payload = lz.compressToEncodedURIComponent(JSON.stringify(compact));
  const body = `v=${version}&n=${payload.length}&plan=${payload}&scenario=${scenario}`;
  return `#planner&${body}&check=${fnv1a(body)}`;
}

/** Numbers as JSON keeps them (-0 reads back as 0, which is the same assumption). */
const number = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => v + 0);
const assumptionsArbitrary: fc.Arbitrary<Assumptions> = fc.record({
  worldDemandGrowth: number(ASSUMPTION_BOUNDS.worldDemandGrowth.min, ASSUMPTION_BOUNDS.worldDemandGrowth.max),
  governance: number(0, 2),
  shockIntensity: number(0, 2),
});

describe('share links with assumptions', () => {
  it('carry the assumptions exactly (version 2)', () => {
    fc.assert(
      fc.property(assumptionsArbitrary, (a) => {
        const hash = planLinkHash(threePhasePlan(), a);
        const link = readPlannerHash(hash);
        expect(link.kind).toBe('plan');
        if (link.kind !== 'plan') return;
        expect(link.plan).toEqual(threePhasePlan());
        const isDefault = a.worldDemandGrowth === 0 && a.governance === 1 && a.shockIntensity === 1;
        expect(hash.startsWith(isDefault ? '#planner&v=1&' : '#planner&v=2&')).toBe(true);
        if (isDefault) expect(link.assumptions).toBeUndefined();
        else expect(link.assumptions).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('write the default assumptions as the version-1 link older builds read', () => {
    const plan = threePhasePlan();
    expect(planLinkHash(plan, { ...DEFAULT_ASSUMPTIONS })).toBe(planLinkHash(plan));
    expect(planLinkHash(plan)).toMatch(/^#planner&v=1&/);
  });

  it('refuse assumptions out of range, and assumptions in a version-1 link', () => {
    const plan = readPlannerHash(planLinkHash(threePhasePlan()));
    if (plan.kind !== 'plan') throw new Error('expected a plan');
    const compact = { h: 10, s: 7, p: [[1, [0.1, 0.1, 0.1, 0.1, 0.1], 0.2, 'all', 0]] };
    const wrong = readPlannerHash(handMade(2, { ...compact, a: [0, 9, 1] }));
    expect(wrong).toMatchObject({ kind: 'problem', problem: { kind: 'invalid' } });
    if (wrong.kind === 'problem' && wrong.problem.kind === 'invalid') expect(wrong.problem.problems.join()).toMatch(/assumptions\.governance/);
    expect(readPlannerHash(handMade(1, { ...compact, a: [0.01, 1, 1] }))).toMatchObject({ kind: 'problem', problem: { kind: 'tampered' } });
    expect(readPlannerHash(handMade(2, compact))).toMatchObject({ kind: 'problem', problem: { kind: 'tampered' } });
    expect(readPlannerHash(handMade(3, compact))).toMatchObject({ kind: 'problem', problem: { kind: 'newer', version: 3 } });
    expect(readPlannerHash(handMade(2, { ...compact, a: [0.01, 1.5, 0] }))).toMatchObject({ kind: 'plan', assumptions: { worldDemandGrowth: 0.01, governance: 1.5, shockIntensity: 0 } });
  });
});
