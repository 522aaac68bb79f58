// What the dashboard reads from a dropped or chosen file and how its ranking table sorts. Pure
// helpers (no DOM), tested in tests/ui/workshop-dashboard-input.test.ts.
import { rankTeams, type RankingCriterion, type RankingRow } from '../view/workshop-dashboard';

/** Shorter than this (without hyphens and spaces), a line is not a result code. */
const MIN_CODE_CHARS = 20;

/**
 * The result codes in a text (a file a team handed in, or a paste of several): every line that looks
 * like one, after any "Label:" before it. A text with no such line is returned whole, trimmed, so that
 * adding it says what is wrong with it.
 */
export function codesInText(text: string): string[] {
  const codes: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.includes(':') && !/^\s*https?:/i.test(raw) ? raw.slice(raw.lastIndexOf(':') + 1) : raw;
    const trimmed = line.trim();
    const chars = trimmed.replace(/[\s-]/g, '');
    if (chars.length >= MIN_CODE_CHARS && /^[0-9A-Za-z]+$/.test(chars)) codes.push(trimmed);
  }
  if (codes.length > 0) return [...new Set(codes)];
  const whole = text.trim();
  return whole ? [whole] : [];
}

export interface RankingSort {
  criterion: RankingCriterion;
  /** Best first (the default) or worst first. */
  bestFirst: boolean;
}

/** Clicking a column: a new criterion sorts best first; the same one again turns the order round. */
export function nextSort(current: RankingSort, clicked: RankingCriterion): RankingSort {
  return clicked === current.criterion
    ? { criterion: clicked, bestFirst: !current.bestFirst }
    : { criterion: clicked, bestFirst: true };
}

/** The rows in the sort's order. */
export function sortRanking(rows: readonly RankingRow[], sort: RankingSort): RankingRow[] {
  const ranked = rankTeams(rows, sort.criterion);
  return sort.bestFirst ? ranked : ranked.reverse();
}

/**
 * The aria-sort of a criterion's column: how its values run down the table. Poverty best first is
 * ascending (lower is better); the other criteria best first are descending.
 */
export function ariaSortOf(sort: RankingSort, criterion: RankingCriterion): 'ascending' | 'descending' | 'none' {
  if (sort.criterion !== criterion) return 'none';
  const ascendingWhenBest = criterion === 'poverty';
  return sort.bestFirst === ascendingWhenBest ? 'ascending' : 'descending';
}
