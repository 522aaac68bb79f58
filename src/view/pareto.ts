// The trade-off frontier between two outcomes: the Pareto set of the plans found, those no other
// plan beats on both outcomes at once. Each axis has its own direction (more output growth is
// better, less poverty is better). Kept small by dropping the most crowded point when it grows past
// a cap, so the frontier stays spread along its whole length. Pure; no DOM.

export type Sense = 'min' | 'max';

export interface FrontierSenses {
  x: Sense;
  y: Sense;
}

export interface ParetoPoint<T> {
  x: number;
  y: number;
  item: T;
}

const atLeastAsGood = (a: number, b: number, sense: Sense): boolean => (sense === 'max' ? a >= b : a <= b);

/** Whether `a` is at least as good as `b` on both axes and strictly better on one. */
export function dominates(a: { x: number; y: number }, b: { x: number; y: number }, senses: FrontierSenses): boolean {
  return atLeastAsGood(a.x, b.x, senses.x) && atLeastAsGood(a.y, b.y, senses.y) && (a.x !== b.x || a.y !== b.y);
}

/**
 * A Pareto front that points are added to one at a time. A point dominated by (or equal to) a
 * member is refused; one that gets in removes the members it dominates. Points with a coordinate
 * that is not finite are refused.
 */
export class ParetoFront<T> {
  private members: ParetoPoint<T>[] = [];

  constructor(
    readonly senses: FrontierSenses,
    /** Most points kept (at least 2); past it the most crowded inner point goes. */
    readonly cap = Infinity,
  ) {
    if (!(cap >= 2)) throw new Error('a Pareto front keeps at least 2 points');
  }

  /** Adds a point; true when it joined the front. */
  add(point: ParetoPoint<T>): boolean {
    if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) return false;
    for (const m of this.members) if (dominates(m, point, this.senses) || (m.x === point.x && m.y === point.y)) return false;
    this.members = this.members.filter((m) => !dominates(point, m, this.senses));
    this.members.push(point);
    // Ascending x; on a front x alone orders the points (equal x would mean one dominates the other).
    this.members.sort((a, b) => a.x - b.x);
    if (this.members.length > this.cap) this.dropMostCrowded();
    return this.members.includes(point);
  }

  /** The front, in ascending x. */
  points(): ParetoPoint<T>[] {
    return [...this.members];
  }

  get size(): number {
    return this.members.length;
  }

  /** Removes the inner point whose neighbours are closest (the ends are kept: they span the trade-off). */
  private dropMostCrowded(): void {
    const m = this.members;
    const first = m[0] as ParetoPoint<T>;
    const last = m[m.length - 1] as ParetoPoint<T>;
    const spanX = Math.abs(last.x - first.x) || 1;
    const spanY = Math.abs(last.y - first.y) || 1;
    let worst = 1;
    let worstGap = Infinity;
    for (let i = 1; i < m.length - 1; i++) {
      const before = m[i - 1] as ParetoPoint<T>;
      const after = m[i + 1] as ParetoPoint<T>;
      const gap = Math.abs(after.x - before.x) / spanX + Math.abs(after.y - before.y) / spanY;
      if (gap < worstGap) [worst, worstGap] = [i, gap];
    }
    m.splice(worst, 1);
  }
}

/** The non-dominated points of a set (duplicates kept once), in ascending x. */
export function nonDominated<T>(points: readonly ParetoPoint<T>[], senses: FrontierSenses): ParetoPoint<T>[] {
  const front = new ParetoFront<T>(senses);
  for (const p of points) front.add(p);
  return front.points();
}
