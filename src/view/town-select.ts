// The town selector: game snapshot -> TownView. Pure (no DOM, no Phaser), deterministic, and
// memoised on the history array, so calling it on every snapshot is cheap.
//
// How the town is derived from the model:
// - Buildings stand for groups of firms. The start shows 20-28 workshops (more for bigger clusters)
//   and up to 10 large plants; later counts follow the firm counts with a mild exaggeration
//   (power 1.5), so that a change of a few percent is visible at a glance.
// - Identity is replayed over the whole history: a building keeps its id and plot until it closes;
//   new buildings take the free plot nearest the center. A building that closes in year k is shown
//   closing (shutters) in year k and is gone from year k + 1.
// - Everything else is a direct reading of the state (infrastructure, pipelines, exports, shocks).
import { modelFor, type GameSnapshot } from '../flow';
import { pipelineTotal, type ClusterState } from '../model';
import type { Scenario } from '../scenario';
import {
  LARGE_PLOTS,
  MAX_LARGE,
  MAX_WORKSHOPS,
  MIN_WORKSHOPS,
  WORKSHOP_PLOTS,
  type ExportGateway,
  type Landmark,
  type TownBuilding,
  type TownView,
} from './town';

/** How much the town exaggerates relative changes in firm counts. */
const CHANGE_EXPONENT = 1.5;
/** Skills or research above the start by more than this count as the center working. */
const SKILLS_RISE = 1e-3;
const RESEARCH_RISE = 0.01;
/** Clusters whose exports leave by water; the others use a rail siding (inland, dry port). */
const PORT_CLUSTERS: ReadonlySet<string> = new Set(['sinos-valley-footwear', 'tnc-cluster', 'mass-producers']);

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
const clamp01 = (x: number): number => clamp(x, 0, 1);

/** 32-bit FNV-1a hash of a string. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A deterministic number in [0, 1) from a seed and two integers (a finaliser in the style of murmur3). */
function unit(seed: number, a: number, b = 0): number {
  let h = (seed ^ Math.imul(a + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** The number of workshops a scenario starts with: 20 for a small cluster, 28 for a very large one. */
export function startingWorkshops(smeFirms: number): number {
  const span = (Math.log10(Math.max(smeFirms, 1)) - Math.log10(300)) / (Math.log10(12000) - Math.log10(300));
  return Math.round(20 + 8 * clamp01(span));
}

/** The number of large-plant buildings a scenario starts with (0 when it has no large firms). */
export function startingLargePlants(largeFirms: number): number {
  return largeFirms > 0 ? clamp(Math.round(1.6 * Math.sqrt(largeFirms)), 1, 10) : 0;
}

interface Counts {
  workshop: number;
  factory: number;
  foreign: number;
}

function countsFor(state: ClusterState, start: ClusterState): Counts {
  const w0 = startingWorkshops(start.smeFirms);
  const smeRatio = start.smeFirms > 0 ? state.smeFirms / start.smeFirms : 1;
  const workshop = clamp(Math.round(w0 * Math.max(smeRatio, 0) ** CHANGE_EXPONENT), MIN_WORKSHOPS, MAX_WORKSHOPS);
  const l0 = startingLargePlants(start.largeFirms);
  const large =
    start.largeFirms > 0
      ? Math.round(l0 * Math.max(state.largeFirms / start.largeFirms, 0) ** CHANGE_EXPONENT)
      : Math.round(state.largeFirms);
  const total = clamp(large, 0, MAX_LARGE);
  const foreignShare = state.largeFirms > 0 ? clamp01(state.foreignFirms / state.largeFirms) : 0;
  const foreign = Math.round(total * foreignShare);
  return { workshop, factory: total - foreign, foreign };
}

interface Live {
  id: number;
  kind: TownBuilding['kind'];
  plot: number;
  /** The year index it was built (0 for the start). */
  born: number;
}

interface YearTown {
  live: Live[];
  closing: Live[];
  burnt: Set<number>;
}

const POOL_OF = { workshop: 'workshop', factory: 'large', foreign: 'large' } as const;
const KINDS = ['workshop', 'factory', 'foreign'] as const;

/** Replays building identity over the history; returns the buildings of the last two years. */
function replayBuildings(seed: number, history: readonly ClusterState[]): YearTown {
  const start = history[0] as ClusterState;
  let nextId = 0;
  let live: Live[] = [];
  let closing: Live[] = [];
  let burnt = new Set<number>();
  const capacity = { workshop: WORKSHOP_PLOTS, large: LARGE_PLOTS };

  const freePlot = (pool: 'workshop' | 'large', taken: Set<string>): number => {
    for (let p = 0; p < capacity[pool]; p++) if (!taken.has(`${pool}:${p}`)) return p;
    return -1;
  };

  history.forEach((state, t) => {
    const counts = countsFor(state, start);
    // Plots of buildings standing last year (closing ones included) are taken this year too... except
    // those that closed last year, which are cleared now.
    const taken = new Set(live.map((b) => `${POOL_OF[b.kind]}:${b.plot}`));
    const nextLive: Live[] = [];
    const nextClosing: Live[] = [];
    const nextBurnt = new Set<number>();
    const fire = t > 0 && state.shocks.accident > 0;
    for (const kind of KINDS) {
      const mine = live.filter((b) => b.kind === kind);
      const target = counts[kind];
      if (mine.length > target) {
        // Which ones close: a deterministic draw per year, so closures scatter over the town.
        const order = mine.slice().sort((a, b) => unit(seed, t, b.id) - unit(seed, t, a.id));
        const closed = new Set(order.slice(0, mine.length - target).map((b) => b.id));
        for (const b of mine) (closed.has(b.id) ? nextClosing : nextLive).push(b);
      } else {
        nextLive.push(...mine);
        const pool = POOL_OF[kind];
        for (let k = mine.length; k < target; k++) {
          const plot = freePlot(pool, taken);
          if (plot < 0) break; // the pool is full: the rest wait for plots to clear next year
          taken.add(`${pool}:${plot}`);
          nextLive.push({ id: nextId++, kind, plot, born: t });
        }
      }
    }
    if (fire) {
      // The fire struck workshops: the closing ones burnt out; if none closed, one survived damaged.
      const victims = nextClosing.filter((b) => b.kind === 'workshop').slice(0, 3);
      if (victims.length === 0) {
        const workshops = nextLive.filter((b) => b.kind === 'workshop');
        const pick = workshops.sort((a, b) => unit(seed, t + 1000, a.id) - unit(seed, t + 1000, b.id))[0];
        if (pick) victims.push(pick);
      }
      for (const b of victims) nextBurnt.add(b.id);
    }
    live = nextLive;
    closing = nextClosing;
    burnt = nextBurnt;
  });
  return { live, closing, burnt };
}

function sizeOf(seed: number, b: Live): TownBuilding['size'] {
  const h = unit(seed, b.id, 7);
  if (b.kind === 'workshop') return h < 0.22 ? 2 : 1;
  if (b.kind === 'factory') return h < 0.35 ? 3 : 2;
  return 3;
}

function landmarkState(history: readonly ClusterState[], opened: (s: ClusterState, k: number) => boolean, inPipeline: boolean): Landmark {
  if (history.some((s, k) => k > 0 && opened(s, k))) return 'open';
  return inPipeline ? 'building' : 'none';
}

/** -1..1: a good year (growth, jobs) is positive; a bad one negative. 0 at the start. */
function moodOf(state: ClusterState, previous: ClusterState | undefined): number {
  if (!previous || state.t === 0) return 0;
  const jobsPct = previous.employment > 0 ? (100 * (state.employment - previous.employment)) / previous.employment : 0;
  return clamp(Math.tanh((0.6 * state.growthPct + 0.4 * jobsPct - 1) / 4), -1, 1);
}

const cache = new WeakMap<readonly ClusterState[], TownView>();

/** The TownView for a scenario's history (history[0] the start, the last entry the current year). */
export function townFromHistory(scenario: Scenario, baseline: { skills: number; research: number }, history: readonly ClusterState[]): TownView {
  const state = history[history.length - 1] as ClusterState;
  const start = history[0] as ClusterState;
  const previous = history.length > 1 ? history[history.length - 2] : undefined;
  const seed = hashString(scenario.id);

  const { live, closing, burnt } = replayBuildings(seed, history);
  const q0 = start.quality;
  const upgradedShare = clamp01(state.quality + 3 * (state.quality - q0));
  const toBuilding = (b: Live, change: TownBuilding['change']): TownBuilding => ({
    id: b.id,
    kind: b.kind,
    size: sizeOf(seed, b),
    change,
    upgraded: unit(seed, b.id, 11) < upgradedShare,
    plot: b.plot,
    burnt: burnt.has(b.id),
  });
  const buildings = [
    ...live.map((b) => toBuilding(b, b.born === state.t && state.t > 0 ? 'new' : 'steady')),
    ...closing.map((b) => toBuilding(b, 'closing')),
  ].sort((a, b) => a.id - b.id);

  const trainingCentre = landmarkState(
    history,
    (s, k) => s.skills > baseline.skills + SKILLS_RISE || pipelineTotal((history[k - 1] as ClusterState).pipelines, 'training') > 0,
    pipelineTotal(state.pipelines, 'training') > 0,
  );
  const researchCentre = landmarkState(
    history,
    (s) => s.research > baseline.research + RESEARCH_RISE,
    pipelineTotal(state.pipelines, 'research') > 0,
  );

  const exports0 = start.exportShare * start.outputUsdM;
  const exportRatio = exports0 > 0 ? (state.exportShare * state.outputUsdM) / exports0 : 0;
  const trucks = clamp(Math.round((2 + 6 * start.exportShare) * exportRatio), 0, 10);
  const ships = clamp(Math.round(3 * start.exportShare * exportRatio), 0, 4);
  const mood = moodOf(state, previous);
  const jobsRatio = start.employment > 0 ? state.employment / start.employment : 1;
  const gateway: ExportGateway = PORT_CLUSTERS.has(scenario.id) ? 'port' : 'rail';

  return {
    scenarioId: scenario.id,
    clusterType: scenario.type,
    year: state.year,
    t: state.t,
    buildings,
    roads: clamp01(state.infrastructure),
    power: clamp01((state.infrastructure - 0.12) / 0.8),
    trainingCentre,
    researchCentre,
    trucks,
    ships,
    fire: state.t > 0 && state.shocks.accident > 0,
    smoke: clamp01(1 - state.workingConditions),
    mood,
    exportGateway: gateway,
    people: clamp(Math.round(14 * jobsRatio * (1 + 0.5 * mood)), 3, 30),
  };
}

/** The town for the current game: null before a game starts. */
export function selectTown(snapshot: GameSnapshot): TownView | null {
  const { scenario, history, difficulty } = snapshot.context;
  if (!scenario || history.length === 0) return null;
  const cached = cache.get(history);
  if (cached) return cached;
  const view = townFromHistory(scenario, modelFor(scenario, difficulty).baseline, history);
  cache.set(history, view);
  return view;
}
