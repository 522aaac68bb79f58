// Stub: replaced by the real town selector.
import type { GameSnapshot } from '../flow';
import type { TownView } from './town';

export function selectTown(snapshot: GameSnapshot): TownView | null {
  void snapshot;
  return null;
}
