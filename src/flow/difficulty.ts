// Difficulty presets: how much of the budget governance leaks, and how large and frequent shocks are.
import type { Difficulty } from '../model';

export const DIFFICULTY_LEVELS = ['easy', 'normal', 'hard'] as const;
export type DifficultyLevel = (typeof DIFFICULTY_LEVELS)[number];

export const DIFFICULTY_PRESETS: Record<DifficultyLevel, Difficulty> = {
  easy: { leakage: 0.5, shocks: 0.5 },
  normal: { leakage: 1, shocks: 1 },
  hard: { leakage: 1.5, shocks: 1.5 },
};

export function difficultyLevelOf(d: Difficulty): DifficultyLevel | null {
  return DIFFICULTY_LEVELS.find((level) => DIFFICULTY_PRESETS[level].leakage === d.leakage && DIFFICULTY_PRESETS[level].shocks === d.shocks) ?? null;
}
