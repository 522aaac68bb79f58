// The outcome charts' indicators: which charts there are, how each reads (unit, format, which way is
// good news, where its axis starts) and the goal each scenario goal is drawn on. Plain data.
import type { OutcomeField } from '../../model';
import type { Goal } from '../goals';

export type ChartId =
  | 'growth'
  | 'employment'
  | 'poverty'
  | 'output'
  | 'sme-firms'
  | 'large-firms'
  | 'value-added-per-worker'
  | 'exports'
  | 'external-dependence'
  | 'wage'
  | 'working-conditions'
  | 'trust'
  | 'infrastructure'
  | 'skills'
  | 'research'
  | 'quality'
  | 'sme-share';

export const HEADLINE_CHARTS: readonly ChartId[] = ['growth', 'employment', 'poverty'];
export const SUPPORTING_CHARTS: readonly ChartId[] = [
  'output',
  'quality',
  'sme-firms',
  'sme-share',
  'large-firms',
  'value-added-per-worker',
  'exports',
  'external-dependence',
  'wage',
  'working-conditions',
  'trust',
  'infrastructure',
  'skills',
  'research',
];
export const ALL_CHARTS: readonly ChartId[] = [...HEADLINE_CHARTS, ...SUPPORTING_CHARTS];

/** How a chart's y values read: `percent` values are already in percent (6.1 = "6.1 %"). */
export type YFormat = 'percent' | 'count' | 'usd-m' | 'usd' | 'index';

/** Sections the supporting charts are grouped in (headings on the debrief). */
export type ChartGroup = 'headline' | 'production' | 'firms' | 'trade' | 'workers' | 'stocks';

export const GROUP_LABELS: Record<ChartGroup, string> = {
  headline: 'Growth, jobs and poverty',
  production: 'Output and productivity',
  firms: 'Small and large firms',
  trade: 'Exports and external dependence',
  workers: 'Wages, working conditions and trust',
  stocks: 'Infrastructure, skills and research',
};

export interface ChartDefinition {
  id: ChartId;
  field: OutcomeField;
  group: ChartGroup;
  indicator: string;
  unit: string;
  yFormat: YFormat;
  better: 'up' | 'down' | null;
  beginAtZero: boolean;
  description: string;
  /** Display value from the CLI-unit value. */
  scale: number;
  /** First year index shown (growth has no year-0 value). */
  from: number;
}

const def = (
  d: Omit<ChartDefinition, 'scale' | 'from' | 'beginAtZero'> & Partial<Pick<ChartDefinition, 'scale' | 'from' | 'beginAtZero'>>,
): ChartDefinition => ({
  scale: 1,
  from: 0,
  beginAtZero: false,
  ...d,
});

export const CHART_DEFINITIONS: Record<ChartId, ChartDefinition> = {
  growth: def({
    id: 'growth',
    field: 'growth',
    group: 'headline',
    indicator: 'Growth',
    unit: '% per year',
    yFormat: 'percent',
    better: 'up',
    description: "Growth of the cluster's output (value added) over the year before.",
    from: 1,
  }),
  employment: def({
    id: 'employment',
    field: 'employment',
    group: 'headline',
    indicator: 'Employment',
    unit: 'jobs',
    yFormat: 'count',
    better: 'up',
    description: "Direct jobs in the cluster's firms.",
  }),
  poverty: def({
    id: 'poverty',
    field: 'poverty',
    group: 'headline',
    indicator: 'Poverty',
    unit: '% of people (headcount ratio)',
    yFormat: 'percent',
    better: 'down',
    description: 'Share of the local population below the poverty line.',
    scale: 100,
  }),
  output: def({
    id: 'output',
    field: 'output',
    group: 'production',
    indicator: 'Output',
    unit: 'US$ million per year',
    yFormat: 'usd-m',
    better: 'up',
    beginAtZero: true,
    description: "Value added by the cluster's firms, at constant prices.",
  }),
  'value-added-per-worker': def({
    id: 'value-added-per-worker',
    field: 'valueAddedPerWorker',
    group: 'production',
    indicator: 'Value added per worker',
    unit: 'US$ per year',
    yFormat: 'usd',
    better: 'up',
    description: 'Output per job: a rough measure of productivity and of how far the cluster has upgraded.',
  }),
  quality: def({
    id: 'quality',
    field: 'quality',
    group: 'production',
    indicator: 'Quality',
    unit: '% of output up to export buyers’ standards',
    yFormat: 'percent',
    better: 'up',
    description: 'How much of what the cluster makes meets the quality standards of demanding buyers: the way up to higher-value products.',
    scale: 100,
  }),
  'sme-share': def({
    id: 'sme-share',
    field: 'smeShare',
    group: 'firms',
    indicator: 'Small firms’ share of jobs',
    unit: '% of the cluster’s jobs',
    yFormat: 'percent',
    better: null,
    description: 'The share of the cluster’s jobs in micro, small and medium firms.',
    scale: 100,
  }),
  'sme-firms': def({
    id: 'sme-firms',
    field: 'smeFirms',
    group: 'firms',
    indicator: 'Small firms',
    unit: 'micro, small and medium firms',
    yFormat: 'count',
    better: null,
    beginAtZero: true,
    description: 'Micro, small and medium firms in the cluster.',
  }),
  'large-firms': def({
    id: 'large-firms',
    field: 'largeFirms',
    group: 'firms',
    indicator: 'Large firms',
    unit: 'firms, foreign plants included',
    yFormat: 'count',
    better: null,
    beginAtZero: true,
    description: 'Large firms in the cluster, foreign-owned plants included.',
  }),
  exports: def({
    id: 'exports',
    field: 'exports',
    group: 'trade',
    indicator: 'Exports',
    unit: 'US$ million per year, gross sales',
    yFormat: 'usd-m',
    better: 'up',
    beginAtZero: true,
    description:
      'Gross export sales, as trade statistics count them (imported parts included). The domestic value added in them, the exported part of output, is the exportsValueAdded column of the CSV.',
  }),
  'external-dependence': def({
    id: 'external-dependence',
    field: 'externalDependence',
    group: 'trade',
    indicator: 'External dependence',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: null,
    description: 'How much foreign buyers, foreign owners and donors decide what happens in the cluster.',
    scale: 100,
  }),
  wage: def({
    id: 'wage',
    field: 'wage',
    group: 'workers',
    indicator: 'Wages',
    unit: 'US$ per day',
    yFormat: 'usd',
    better: 'up',
    description: 'The typical daily wage of a cluster worker.',
  }),
  'working-conditions': def({
    id: 'working-conditions',
    field: 'workingConditions',
    group: 'workers',
    indicator: 'Working conditions',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: 'up',
    description: "Safety, contracts and hours in the cluster's workshops and factories.",
    scale: 100,
  }),
  trust: def({
    id: 'trust',
    field: 'trust',
    group: 'workers',
    indicator: 'Trust',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: 'up',
    description: 'How far firms cooperate rather than only compete.',
    scale: 100,
  }),
  infrastructure: def({
    id: 'infrastructure',
    field: 'infrastructure',
    group: 'stocks',
    indicator: 'Infrastructure',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: 'up',
    description: 'Roads, power, water and land for workshops, as a stock that builds up and wears out.',
    scale: 100,
  }),
  skills: def({
    id: 'skills',
    field: 'skills',
    group: 'stocks',
    indicator: 'Skills',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: 'up',
    description: 'Managerial and technical skills of workers and owners.',
    scale: 100,
  }),
  research: def({
    id: 'research',
    field: 'research',
    group: 'stocks',
    indicator: 'Research',
    unit: 'index (100 = a strong research base)',
    yFormat: 'index',
    better: 'up',
    description: 'Knowledge from research centers and university links that firms can use.',
    scale: 100,
  }),
};

/** The chart of each goal's indicator (every goal has one). */
export const GOAL_CHARTS: Record<Goal['metric'], ChartId> = {
  outputUsdM: 'output',
  employment: 'employment',
  poverty: 'poverty',
  smeShare: 'sme-share',
  quality: 'quality',
  workingConditions: 'working-conditions',
  trust: 'trust',
  wageUsdPerDay: 'wage',
};

/** The charts of a scenario's goals, in the goals' order, without repeats. */
export function goalChartIds(goals: readonly Goal[]): ChartId[] {
  return [...new Set(goals.map((g) => GOAL_CHARTS[g.metric]))];
}

