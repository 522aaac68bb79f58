// The seeded PRNG. Its state is a plain number[] stored in the model state, so a step is a pure
// function and a run replays exactly from its seed and decision log (as boardgame.io does).
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/** Draws discarded after seeding: xoroshiro's first outputs from small seeds are poorly mixed. */
const WARM_UP_DRAWS = 32;

export function seedState(seed: number): number[] {
  const rng = xoroshiro128plus(seed | 0);
  for (let i = 0; i < WARM_UP_DRAWS; i++) rng.next();
  return [...rng.getState()];
}

/** Draws `count` uniforms in [0, 1) from a stored state; returns them with the next state. */
export function drawUniforms(state: readonly number[], count: number): { values: number[]; next: number[] } {
  const rng = xoroshiro128plusFromState(state);
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(uniformFloat64(rng));
  return { values, next: [...rng.getState()] };
}

/** A standard normal from two uniforms (Box-Muller). */
export function standardNormal(u1: number, u2: number): number {
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}
