// What the headless simulator prints: one row per year of a played run, Monte Carlo bands, and
// the JSON and CSV renderings of both. Units are documented in README.md ("Headless simulator").
import {
  LEVERS,
  STAKEHOLDERS,
  type Allocation,
  type Approval,
  type Attribution,
  type ClusterState,
  type IncentiveTarget,
  type YearShocks,
  OUTCOME_FIELDS,
  outcomeRow,
  type OutcomeField,
  GROUP_COLUMNS,
  groupColumnValues,
  groupsOf,
  type Groups,
  type Model,
} from '../model';
import type { PlayedRun } from '../flow';
import { band, type Band } from './stats';
import { round6, toCsv, type Cell } from '../scenario';

/** The contract's fields, in this order, at the start of every year entry (from the model's outcome record). */
export const CORE_FIELDS = OUTCOME_FIELDS;
export type CoreField = OutcomeField;

/** Core fields that are ratios between 0 and 1. */
export const RATIO_FIELDS = [
  'poverty',
  'smeShare',
  'fdi',
  'externalDependence',
  'workingConditions',
  'trust',
  'skills',
  'infrastructure',
  'quality',
  'tariff',
] as const satisfies readonly CoreField[];

const SHOCK_FIELDS = [
  'worldDemand',
  'exchangeRate',
  'buyerExit',
  'tncExit',
  'donorExit',
  'accident',
] as const satisfies readonly (keyof YearShocks)[];

export type YearRow = Record<CoreField, number> & {
  /** Years elapsed since the start (0 = the starting state). */
  t: number;
  /** The yearly budget in force, US$ million. */
  budget: number;
  /** Exports as a share of output, 0..1. */
  exportShare: number;
  /** The year's budget shares (the starting settings in year 0). */
  allocation: Allocation;
  incentiveTarget: IncentiveTarget;
  laborStandards: boolean;
  approval: Approval;
  /** The event that fired at the end of the year and the choice taken, or null. */
  event: { id: string; choice: string } | null;
  shocks: YearShocks;
  attribution?: Attribution;
  /** Who gains, who loses: people, income per day and poverty of each group (the model's groups.ts). */
  groups?: Groups;
};

/** The contract's row for one state (year k of a run). */
export function rowOf(s: ClusterState): YearRow {
  return {
    ...outcomeRow(s),
    t: s.t,
    budget: s.budgetUsdM,
    exportShare: s.exportShare,
    allocation: { ...s.decisions.allocation },
    incentiveTarget: s.decisions.incentiveTarget,
    laborStandards: s.decisions.laborStandards,
    approval: { ...s.approval },
    event: null,
    shocks: { ...s.shocks },
  };
}

/**
 * One row per state of a played run, with the year's event (from the log), when asked its
 * attribution, and with the run's model its groups (last, after every older field).
 */
export function rowsOf(run: PlayedRun, explain: boolean, model?: Model): YearRow[] {
  return run.states.map((s, k) => {
    const row = rowOf(s);
    const fired = k > 0 ? run.log[k - 1]?.event : undefined;
    if (fired) row.event = { id: fired.eventId, choice: fired.choiceId };
    const attribution = k > 0 ? run.attributions[k - 1] : undefined;
    if (explain && attribution) row.attribution = attribution;
    if (model) row.groups = groupsOf(model, s);
    return row;
  });
}

/** Numeric fields that get Monte Carlo bands, flat (approval is banded per stakeholder). */
export const BAND_FIELDS = [...CORE_FIELDS.filter((f) => f !== 'year'), 'budget', 'exportShare'] as const;
export type BandField = (typeof BAND_FIELDS)[number];

export type YearBand = { year: number; runs: number } & Record<BandField, Band> & {
    approval: Record<keyof Approval, Band>;
  };

/** Collects rows of many runs year by year and summarises them as p10/p50/p90 bands. */
export class BandCollector {
  /** samples[k][field] = the values of that field in year k over the runs that reached year k. */
  private readonly samples: { year: number; values: Map<string, number[]> }[] = [];

  add(rows: readonly YearRow[]): void {
    rows.forEach((row, k) => {
      let slot = this.samples[k];
      if (!slot) this.samples[k] = slot = { year: row.year, values: new Map() };
      for (const [name, value] of bandValues(row)) {
        const list = slot.values.get(name);
        if (list) list.push(value);
        else slot.values.set(name, [value]);
      }
    });
  }

  bands(): YearBand[] {
    return this.samples.map(({ year, values }) => {
      const of = (name: string): Band => band(values.get(name) ?? []);
      const entry: Record<string, unknown> = { year, runs: values.get('output')?.length ?? 0 };
      for (const field of BAND_FIELDS) entry[field] = of(field);
      entry.approval = Object.fromEntries(STAKEHOLDERS.map((who) => [who, of(`approval_${who}`)]));
      return entry as YearBand;
    });
  }
}

function bandValues(row: YearRow): [string, number][] {
  return [
    ...BAND_FIELDS.map((f): [string, number] => [f, row[f]]),
    ...STAKEHOLDERS.map((who): [string, number] => [`approval_${who}`, row.approval[who]]),
  ];
}

export interface Report {
  scenario: string;
  seed: number;
  plan: string;
  /** `approval` when approval collapsed and the game ended before the years asked for. */
  endReason: 'term' | 'approval';
  /** Number of runs (seeds seed .. seed + runs - 1) behind the bands. */
  runs: number;
  years: YearRow[];
  bands?: YearBand[];
}

/** Rounds every number in a plain JSON value to 6 significant digits. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return round6(value);
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

export function reportJson(report: Report): string {
  const { scenario, seed, plan, endReason, runs, years, bands } = report;
  // Only the figures are rounded: the seed and counts stay exact.
  const out = {
    scenario,
    seed,
    plan,
    endReason,
    years: rounded(years),
    ...(bands ? { runs, bands: rounded(bands) } : {}),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

interface Column {
  name: string;
  get: (row: YearRow) => Cell;
}

const ROW_COLUMNS: Column[] = [
  ...CORE_FIELDS.map((f): Column => ({ name: f, get: (r) => r[f] })),
  { name: 't', get: (r) => r.t },
  { name: 'budget', get: (r) => r.budget },
  { name: 'exportShare', get: (r) => r.exportShare },
  ...LEVERS.map((lever): Column => ({ name: `allocation_${lever}`, get: (r) => r.allocation[lever] })),
  { name: 'incentiveTarget', get: (r) => r.incentiveTarget },
  { name: 'laborStandards', get: (r) => r.laborStandards },
  ...STAKEHOLDERS.map((who): Column => ({ name: `approval_${who}`, get: (r) => r.approval[who] })),
  { name: 'event_id', get: (r) => r.event?.id },
  { name: 'event_choice', get: (r) => r.event?.choice },
  ...SHOCK_FIELDS.map((kind): Column => ({ name: `shock_${kind}`, get: (r) => r.shocks[kind] })),
];

const BAND_COLUMNS: { name: string; get: (b: YearBand) => Band }[] = [
  ...BAND_FIELDS.map((f) => ({ name: f, get: (b: YearBand) => b[f] })),
  ...STAKEHOLDERS.map((who) => ({ name: `approval_${who}`, get: (b: YearBand) => b.approval[who] })),
];

/**
 * One line per year: the row's fields (nested ones flattened as approval_sme etc.; attribution is
 * JSON-only), then with bands `<field>_p10,<field>_p50,<field>_p90` and `runs` (how many runs reached the year),
 * then the groups' figures `groups_<group>_<figure>` (last, so every older column keeps its place).
 */
export function reportCsv(report: Report): string {
  const { years, bands } = report;
  const header = ROW_COLUMNS.map((c) => c.name);
  if (bands) header.push('runs', ...BAND_COLUMNS.flatMap((c) => [`${c.name}_p10`, `${c.name}_p50`, `${c.name}_p90`]));
  const grouped = years.some((row) => row.groups);
  // The groups' columns, after every other column (bands included): the model's GROUP_COLUMNS, as the game's export writes them.
  if (grouped) header.push(...GROUP_COLUMNS);
  const count = Math.max(years.length, bands?.length ?? 0);
  const lines: Cell[][] = [];
  for (let k = 0; k < count; k++) {
    const row = years[k];
    const cells: Cell[] = row
      ? ROW_COLUMNS.map((c) => num(c.get(row)))
      : ROW_COLUMNS.map((c) => (c.name === 'year' ? bands?.[k]?.year : null));
    const b = bands?.[k];
    if (bands) {
      cells.push(b?.runs ?? 0);
      for (const c of BAND_COLUMNS) {
        const v = b ? c.get(b) : undefined;
        cells.push(num(v?.p10), num(v?.p50), num(v?.p90));
      }
    }
    if (grouped) cells.push(...(row?.groups ? groupColumnValues(row.groups).map(num) : GROUP_COLUMNS.map(() => null)));
    lines.push(cells);
  }
  return toCsv(header, lines);
}

function num(value: Cell): Cell {
  return typeof value === 'number' ? round6(value) : value;
}
