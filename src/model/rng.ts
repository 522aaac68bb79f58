// The seeded PRNG. Its state is a plain number[] stored in the model state, so a step is a pure
// function and a run replays exactly from its seed and decision log (as boardgame.io does).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Draws discarded after seeding: xoroshiro's first outputs from small seeds are poorly mixed. */
const WARM_UP_DRAWS = 32;

export function seedState(seed: number): number[] {
  const rng = xoroshiro128plus(seed | 0);
  for (let i = 0; i < WARM_UP_DRAWS; i++) rng.next();
  return [...rng.getState()];
}

// uniformFloat64's constants (pure-rand): 26 + 27 bits of two outputs make a multiple of 2^-53.
const SCALE26 = 2 ** -26;
const SCALE53 = 2 ** -53;
const MASK26 = 0x3ffffff;
const MASK27 = 0x7ffffff;

/**
 * Draws `count` uniforms in [0, 1) from a stored state; returns them with the next state.
 * The same arithmetic as pure-rand's xoroshiro128plus and uniformFloat64 (a test checks they agree
 * bit for bit), written out on local numbers: a generator object per year cost more than the draws.
 */
export function drawUniforms(state: readonly number[], count: number): { values: number[]; next: number[] } {
  if (state.length !== 4) throw new Error('The state must have been produced by a xoroshiro128plus RandomGenerator');
  let s01 = state[0] as number;
  let s00 = state[1] as number;
  let s11 = state[2] as number;
  let s10 = state[3] as number;
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    let word = 0;
    for (let half = 0; half < 2; half++) {
      const out = (s00 + s10) | 0;
      const a0 = s10 ^ s00;
      const a1 = s11 ^ s01;
      const old00 = s00;
      const old01 = s01;
      s00 = (old00 << 24) ^ (old01 >>> 8) ^ a0 ^ (a0 << 16);
      s01 = (old01 << 24) ^ (old00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      word = half === 0 ? (out & MASK26) * SCALE26 : word + (out & MASK27) * SCALE53;
    }
    values.push(word);
  }
  return { values, next: [s01, s00, s11, s10] };
}

/** A standard normal from two uniforms (Box-Muller). */
export function standardNormal(u1: number, u2: number): number {
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}
