// Stub: replaced by the real save manager.
import type { GameSnapshot } from '../flow';

export type LoadResult = { ok: true; snapshot: GameSnapshot } | { ok: false; message: string } | null;

export interface SaveManager {
  autosave(snapshot: GameSnapshot): void;
  loadLatest(): LoadResult;
  hasSave(): boolean;
  clear(): void;
}

export function createSaveManager(storage: Storage): SaveManager {
  void storage;
  return { autosave: () => undefined, loadLatest: () => null, hasSave: () => false, clear: () => undefined };
}
