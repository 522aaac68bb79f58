import fc from 'fast-check';
import * as lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { fnv1a, isPlannerHash, planLinkHash, planLinkUrl, readPlannerHash } from '../../src/view/plan-link';
import { samePlan, type PlannerPlan } from '../../src/view/planner';
import { runPlannerPlan } from '../../src/view/planner-run';
import { plannerPlanArbitrary, threePhasePlan } from './planner-fixtures';

const lz = ((lzString as unknown as { default?: typeof lzString }).default ?? lzString) as typeof lzString;

/** The part a cut or a changed character may touch: everything after "#planner&v" (the link's kind). */
const KIND_PREFIX = '#planner&v'.length;

function expectPlan(hash: string): PlannerPlan {
  const link = readPlannerHash(hash);
  if (link.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(link)}`);
  return link.plan;
}

/** A share link whose check is right but whose plan was written by hand (version 1: no assumptions; see plan-link-assumptions.test.ts). */
function handMadeLink(scenario: string, compact: unknown, version = 1): string {
  const payload = lz.compressToEncodedURIComponent(JSON.stringify(compact));
  const body = `v=${version}&n=${payload.length}&plan=${payload}&scenario=${scenario}`;
  return `#planner&${body}&check=${fnv1a(body)}`;
}

describe('share links', () => {
  it('restore the exact plan, and so the same numbers', () => {
    fc.assert(
      fc.property(plannerPlanArbitrary(), (plan) => {
        const back = expectPlan(planLinkHash(plan));
        expect(samePlan(back, plan)).toBe(true);
        expect(back).toEqual(plan);
      }),
      { numRuns: 150 },
    );
    const plan = threePhasePlan();
    expect(runPlannerPlan(expectPlan(planLinkHash(plan))).states).toEqual(runPlannerPlan(plan).states);
  });

  it('are whole URLs: the page address without its old hash, then the plan', () => {
    const plan = threePhasePlan();
    const url = planLinkUrl('https://example.org/lab/index.html#planner&scenario=bangalore-it', plan);
    expect(url.startsWith('https://example.org/lab/index.html#planner&v=1&')).toBe(true);
    expect(samePlan(expectPlan(new URL(url).hash), plan)).toBe(true);
  });

  it('cut short anywhere say so, never open another plan and never throw', () => {
    fc.assert(
      fc.property(plannerPlanArbitrary(), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (plan, at) => {
        const hash = planLinkHash(plan);
        const cut = KIND_PREFIX + Math.floor(at * (hash.length - KIND_PREFIX));
        const link = readPlannerHash(hash.slice(0, cut));
        expect(link.kind).toBe('problem');
        if (link.kind === 'problem') expect(['truncated', 'tampered']).toContain(link.problem.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('changed in any one character say so, never open another plan and never throw', () => {
    fc.assert(
      fc.property(
        plannerPlanArbitrary(),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-$&=%'),
        (plan, at, char) => {
          const hash = planLinkHash(plan);
          const i = KIND_PREFIX + Math.floor(at * (hash.length - KIND_PREFIX));
          fc.pre(hash[i] !== char);
          const link = readPlannerHash(hash.slice(0, i) + char + hash.slice(i + 1));
          expect(link.kind).toBe('problem');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('name the problem: cut, changed, newer, unknown cluster, a plan that breaks the rules', () => {
    const hash = planLinkHash(threePhasePlan());
    expect(readPlannerHash(hash.slice(0, -3))).toMatchObject({ kind: 'problem', problem: { kind: 'truncated' } });
    const payloadAt = hash.indexOf('&plan=') + 10;
    const flipped = hash.slice(0, payloadAt) + (hash[payloadAt] === 'A' ? 'B' : 'A') + hash.slice(payloadAt + 1);
    expect(readPlannerHash(flipped)).toMatchObject({ kind: 'problem', problem: { kind: 'tampered' }, scenarioId: 'kamukunji-metalwork' });
    expect(readPlannerHash(hash.replace('v=1&', 'v=7&'))).toMatchObject({ kind: 'problem', problem: { kind: 'newer', version: 7 } });

    const compact = { h: 10, s: 1, p: [[1, [0.1, 0, 0, 0, 0], 0.2, 'sme', 0]] };
    expect(readPlannerHash(handMadeLink('kamukunji-metalwork', compact))).toMatchObject({ kind: 'plan' });
    expect(readPlannerHash(handMadeLink('atlantis-textiles', compact))).toMatchObject({
      kind: 'problem',
      problem: { kind: 'unknown-scenario', scenarioId: 'atlantis-textiles' },
      scenarioId: null,
    });
    const overspent = { ...compact, p: [[1, [0.9, 0.9, 0, 0, 0], 0.2, 'sme', 0]] };
    const invalid = readPlannerHash(handMadeLink('kamukunji-metalwork', overspent));
    expect(invalid).toMatchObject({ kind: 'problem', problem: { kind: 'invalid' } });
    if (invalid.kind === 'problem' && invalid.problem.kind === 'invalid')
      expect(invalid.problem.problems.join(' ')).toMatch(/allocation shares sum to 1\.800/);
    expect(readPlannerHash(handMadeLink('kamukunji-metalwork', { h: 10 }))).toMatchObject({ problem: { kind: 'tampered' } });
  });

  it('tell plain planner links from share links and from other links', () => {
    expect(isPlannerHash('#planner')).toBe(true);
    expect(isPlannerHash('#planner&scenario=sialkot-surgical')).toBe(true);
    expect(isPlannerHash('#plannerx')).toBe(false);
    expect(isPlannerHash('#scenario=sialkot-surgical')).toBe(false);
    expect(readPlannerHash('#scenario=sialkot-surgical')).toEqual({ kind: 'none' });
    expect(readPlannerHash('#planner')).toEqual({ kind: 'open', scenarioId: null, seed: null });
    expect(readPlannerHash('#planner&scenario=sialkot-surgical&seed=-5')).toEqual({ kind: 'open', scenarioId: 'sialkot-surgical', seed: -5 });
    expect(readPlannerHash('#planner&scenario=%E0%A4%A')).toMatchObject({ kind: 'problem', problem: { kind: 'unknown-scenario' } });
    expect(readPlannerHash('#planner&scenario=__proto__')).toMatchObject({ kind: 'problem', problem: { kind: 'unknown-scenario', scenarioId: '__proto__' } });
  });
});
