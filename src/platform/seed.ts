// A fresh seed for a new game. Randomness is allowed here, at the browser edge; the model only
// ever sees the seed, so a game replays exactly from it.
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return (buffer[0] ?? 1) | 0;
}
