import fc from 'fast-check';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { drawUniforms, seedState, standardNormal } from '../../src/model/rng';
import { step } from '../../src/model/step';
import { spend, start, survivalSetup } from './fixtures';

describe('seeded PRNG', () => {
  it('the same seed gives the same state, and the same state the same draws', () => {
    expect(seedState(42)).toEqual(seedState(42));
    const state = seedState(42);
    expect(drawUniforms(state, 20)).toEqual(drawUniforms(state, 20));
  });

  it("draws bit for bit what pure-rand's xoroshiro128plus and uniformFloat64 give, from any state", () => {
    const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(fc.oneof(fc.tuple(int32, int32, int32, int32), int32.map(seedState)), fc.nat(40), (state, count) => {
        const reference = xoroshiro128plusFromState([...state]);
        const values: number[] = [];
        for (let i = 0; i < count; i++) values.push(uniformFloat64(reference));
        expect(drawUniforms(state, count)).toEqual({ values, next: reference.getState() });
      }),
      { numRuns: 300 },
    );
  });

  it('drawing does not mutate the stored state', () => {
    const state = seedState(7);
    const copy = [...state];
    drawUniforms(state, 100);
    expect(state).toEqual(copy);
  });

  it('the state is plain JSON: a saved state replays the same draws', () => {
    const state = seedState(9);
    const restored = JSON.parse(JSON.stringify(state)) as number[];
    expect(drawUniforms(restored, 10)).toEqual(drawUniforms(state, 10));
  });

  it('drawing n then m from the next state equals drawing n + m at once', () => {
    const state = seedState(3);
    const first = drawUniforms(state, 5);
    const second = drawUniforms(first.next, 7);
    expect([...first.values, ...second.values]).toEqual(drawUniforms(state, 12).values);
  });

  it('uniforms lie in [0, 1)', () => {
    const { values } = drawUniforms(seedState(1), 20000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('uniforms average ~0.5 and fill the deciles evenly', () => {
    const n = 100000;
    const { values } = drawUniforms(seedState(123), n);
    const mean = values.reduce((a, b) => a + b, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    const deciles = new Array<number>(10).fill(0);
    for (const u of values) deciles[Math.floor(u * 10)]! += 1;
    for (const count of deciles) expect(Math.abs(count / n - 0.1)).toBeLessThan(0.01);
  });

  it('different seeds give different draws, including neighbouring small seeds', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 50; seed++) seen.add(drawUniforms(seedState(seed), 1).values[0] as number);
    expect(seen.size).toBe(50);
    expect(drawUniforms(seedState(1), 10).values).not.toEqual(drawUniforms(seedState(2), 10).values);
  });

  it('Box-Muller turns uniforms into standard normals: mean ~0, s.d. ~1, finite at u = 0', () => {
    const n = 50000;
    const { values } = drawUniforms(seedState(5), 2 * n);
    const z: number[] = [];
    for (let i = 0; i < n; i++) z.push(standardNormal(values[2 * i] as number, values[2 * i + 1] as number));
    const mean = z.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
    expect(Number.isFinite(standardNormal(0, 0))).toBe(true);
  });

  it('each year of a run draws fresh numbers: the stored state advances, so years differ', () => {
    const setup = survivalSetup();
    const { model, state } = start(setup, 11);
    const y1 = step(model, state, spend(setup, {})).state;
    const y2 = step(model, y1, spend(setup, {})).state;
    expect(y1.rng).not.toEqual(state.rng);
    expect(y2.rng).not.toEqual(y1.rng);
    expect(y2.shocks).not.toEqual(y1.shocks);
  });
});
