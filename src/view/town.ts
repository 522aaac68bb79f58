// The town's view-model: what the cluster view draws for a state. Pure; selectTown lives here too.
import type { ClusterType } from '../scenario';

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
}

export type Landmark = 'none' | 'building' | 'open';

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
}
