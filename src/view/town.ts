// The town's view-model: what the cluster view draws for a state. Pure; selectTown (in
// town-select.ts) builds it from the game snapshot.
import type { ClusterType } from '../scenario';

/**
 * Plots the town has for each pool; a building keeps its plot index for as long as it exists.
 * A pool never needs more plots than the most buildings of that pool standing in one year (a
 * building closing this year still holds its plot, but closures and openings of one kind never
 * happen in the same year); the large pool has slack for factories closing while foreign plants open.
 */
export const WORKSHOP_PLOTS = 52;
export const LARGE_PLOTS = 16;
/** Bounds of the workshop count (a start shows about 20 to 28 workshops). */
export const MIN_WORKSHOPS = 4;
export const MAX_WORKSHOPS = 48;
export const MAX_LARGE = 12;

export interface TownBuilding {
  /** Stable id: a building keeps its plot for as long as it exists, so the town does not reshuffle. */
  id: number;
  kind: 'workshop' | 'factory' | 'foreign';
  /** 1 = a small workshop ... 3 = a large plant. */
  size: 1 | 2 | 3;
  /** Built this year (rises), or closing this year (shutters), for the year transition. */
  change: 'new' | 'closing' | 'steady';
  /** Upgraded to higher value-added products (a visual accent). */
  upgraded: boolean;
  /**
   * The plot it stands on: an index into the workshop pool (0..WORKSHOP_PLOTS-1) for workshops, or
   * into the large-plant pool (0..LARGE_PLOTS-1) for factories and foreign plants. Lower indices are
   * the plots nearest the center, so a growing cluster spreads outward.
   */
  plot: number;
  /** Struck by this year's fire or accident (a closing workshop burnt out). */
  burnt: boolean;
}

export type Landmark = 'none' | 'building' | 'open';

/** How exports leave the town: a quay with ships, or a railway siding for inland clusters. */
export type ExportGateway = 'port' | 'rail';

export interface TownView {
  scenarioId: string;
  clusterType: ClusterType;
  year: number;
  t: number;
  buildings: TownBuilding[];
  /** Road network built out, 0..1. */
  roads: number;
  /** Power lines built out, 0..1. */
  power: number;
  trainingCentre: Landmark;
  researchCentre: Landmark;
  /** Trucks and ships carrying exports this year. */
  trucks: number;
  ships: number;
  /** A fire or accident this year. */
  fire: boolean;
  /** 0..1: smoke and grime from poor working conditions. */
  smoke: number;
  /** -1..1: how good the year was (a good year looks busier and brighter). */
  mood: number;
  /** Where exports leave the town (ships dock at a quay, or wagons at a rail siding). */
  exportGateway: ExportGateway;
  /** People walking about: more with more jobs and a better year (0..30). */
  people: number;
}
