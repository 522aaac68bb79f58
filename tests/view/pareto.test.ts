// The trade-off frontier: what it keeps is never dominated, and what it refuses is dominated by
// something it keeps (property tests over random point sets and directions).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParetoFront, dominates, nonDominated, type FrontierSenses, type ParetoPoint } from '../../src/view/pareto';

const sense = fc.constantFrom('min' as const, 'max' as const);
const senses = fc.record({ x: sense, y: sense });
// Small integer grids make ties and duplicates common, the cases a front gets wrong.
const coordinate = fc.integer({ min: -6, max: 6 });
const points = fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 60 }).map((ps) => ps.map((p, i): ParetoPoint<number> => ({ ...p, item: i })));

function mutuallyNonDominated(front: readonly ParetoPoint<number>[], s: FrontierSenses): boolean {
  return front.every((a) => front.every((b) => a === b || (!dominates(a, b, s) && (a.x !== b.x || a.y !== b.y))));
}

describe('Pareto front', () => {
  it('dominance: better or equal on both axes, strictly better on one, each axis in its own direction', () => {
    const s: FrontierSenses = { x: 'max', y: 'min' };
    expect(dominates({ x: 2, y: 1 }, { x: 1, y: 1 }, s)).toBe(true);
    expect(dominates({ x: 2, y: 1 }, { x: 1, y: 0 }, s)).toBe(false);
    expect(dominates({ x: 1, y: 1 }, { x: 1, y: 1 }, s)).toBe(false);
    expect(dominates({ x: 1, y: 0 }, { x: 1, y: 1 }, s)).toBe(true);
  });

  it('keeps no member that another member dominates (property)', () => {
    fc.assert(
      fc.property(points, senses, (ps, s) => {
        expect(mutuallyNonDominated(nonDominated(ps, s), s)).toBe(true);
      }),
    );
  });

  it('every point offered is on the front or weakly dominated by a member (property)', () => {
    fc.assert(
      fc.property(points, senses, (ps, s) => {
        const front = nonDominated(ps, s);
        for (const p of ps) expect(front.some((m) => dominates(m, p, s) || (m.x === p.x && m.y === p.y))).toBe(true);
      }),
    );
  });

  it('gives the same front whatever order the points come in (property)', () => {
    fc.assert(
      fc.property(points, senses, fc.integer(), (ps, s, shift) => {
        const rotated = ps.map((_, i) => ps[(i + Math.abs(shift)) % ps.length] as ParetoPoint<number>);
        const coords = (f: ParetoPoint<number>[]) => f.map((p) => [p.x, p.y]);
        expect(coords(nonDominated(rotated, s))).toEqual(coords(nonDominated(ps, s)));
      }),
    );
  });

  it('with a cap keeps at most that many, still non-dominated, with both ends of the trade-off (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 2, max: 8 }), (xs, cap) => {
        // Points on the line y = x: every one is on the front when more x is better and less y is better.
        const capped = new ParetoFront<number>({ x: 'max', y: 'min' }, cap);
        const line = xs.map((x, i) => ({ x, y: x, item: i }));
        for (const p of line) capped.add(p);
        const kept = capped.points();
        expect(kept.length).toBeLessThanOrEqual(cap);
        expect(mutuallyNonDominated(kept, { x: 'max', y: 'min' })).toBe(true);
        const distinct = [...new Set(xs)].sort((a, b) => a - b);
        expect(kept[0]?.x).toBe(distinct[0]);
        expect(kept.at(-1)?.x).toBe(distinct.at(-1));
        expect(kept.length).toBe(Math.min(cap, distinct.length));
      }),
    );
  });

  it('refuses points that are not finite', () => {
    const front = new ParetoFront<number>({ x: 'max', y: 'min' });
    expect(front.add({ x: Number.NaN, y: 0, item: 0 })).toBe(false);
    expect(front.add({ x: 1, y: Infinity, item: 1 })).toBe(false);
    expect(front.size).toBe(0);
  });
});
