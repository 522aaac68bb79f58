// Who gains, who loses: the cluster's value added split among the people who earn it. Averages hide
// that a boom led by foreign plants pays formal workers and owners of large firms, while informal
// workers and apprentices in the workshops may gain little (seed paper s.2.2.5; ILO 2018). Derived
// from the state only (no stock of its own), so it adds nothing to what a run must carry.
//
// The accounting identity (tested): every dollar of value added is someone's income,
//   smeOwners + largeOwners + formalWorkers + informalWorkers = outputUsdM   (US$ million a year)
// labour income (wages) plus profit income (the rest of value added, by segment). Women workers are
// a cross-cutting group: the women among formal and informal workers; their people and income are
// part of the formal and informal figures, not added to them.
//
// Poverty by group: incomes deflated by the prices each group pays (the tariff on goods, rents pushed
// up by migrants), spread within each group (lognormal), and held against one poverty line per year,
// solved so the groups' poor (plus the poor among people without a cluster job) add up to the
// cluster's poverty headcount exactly. The line absorbs the income households get outside the
// cluster, which the model does not track; group poverty says who, among the people, the poor are.
import type { ClusterState } from '../types';
import type { Model } from '../setup';
import { clamp } from '../math';

export const GROUPS = ['smeOwners', 'largeOwners', 'formalWorkers', 'informalWorkers', 'womenWorkers'] as const;
export type Group = (typeof GROUPS)[number];
/** The groups that partition value added (women workers overlap formal and informal workers). */
export const PARTITION_GROUPS = ['smeOwners', 'largeOwners', 'formalWorkers', 'informalWorkers'] as const;

export interface GroupFigures {
  people: number;
  /** Income per person per calendar day, US$ at the cluster's constant prices. */
  incomeUsdPerDay: number;
  /** Share of the group below the poverty line, 0..1. */
  poverty: number;
}
export type Groups = Record<Group, GroupFigures>;
/** The figures of each group, in the order the CLI prints them. */
export const GROUP_FIGURES = ['people', 'incomeUsdPerDay', 'poverty'] as const satisfies readonly (keyof GroupFigures)[];

/**
 * The groups' figures as flat columns, named as the CLI's CSV and the game's own export both write
 * them (one list, so the two cannot drift apart): groups_smeOwners_people, groups_smeOwners_incomeUsdPerDay, …
 */
export const GROUP_COLUMNS: readonly string[] = GROUPS.flatMap((group) => GROUP_FIGURES.map((figure) => `groups_${group}_${figure}`));

/** The groups' figures in GROUP_COLUMNS' order. */
export function groupColumnValues(groups: Groups): number[] {
  return GROUPS.flatMap((group) => GROUP_FIGURES.map((figure) => groups[group][figure]));
}

/** What groupIncomes reads from a state. */
export type GroupInputs = Pick<
  ClusterState,
  | 't'
  | 'smeFirms'
  | 'largeFirms'
  | 'foreignFirms'
  | 'smeEmployment'
  | 'largeEmployment'
  | 'outputUsdM'
  | 'smeOutputUsdM'
  | 'wageUsdPerDay'
  | 'workingConditions'
  | 'quality'
  | 'tariff'
  | 'laborForce'
>;

export interface GroupIncomes {
  people: Record<Group, number>;
  /** Yearly income, US$ million; the partition groups sum to outputUsdM. */
  incomeUsdM: Record<Group, number>;
  /** Log of the prices the group pays against the start (tariff on goods, rents). */
  priceLog: Record<Group, number>;
  /** Profits of foreign plants, part of largeOwners' income, that leave the cluster, US$ million. */
  repatriatedUsdM: number;
  /** People of the labour force without a cluster job (surplus labour). */
  surplusPeople: number;
}

/** Days worked a year for a day wage: six-day weeks less holidays [assumption]. */
export const WORK_DAYS_PER_YEAR = 300;
/** Share of SME workers (apprentices included) who are informal at the start (ILO 2018; size an assumption). */
export const INFORMAL_SHARE_SME = 0.75;
/** Share of large-firm and foreign-plant workers who are informal (casual, contract) at the start [assumption]. */
export const INFORMAL_SHARE_LARGE = 0.15;
/** Fall in the informal share per unit rise of working conditions above the start (standards, contracts) [assumption]. */
export const INFORMALITY_CONDITIONS = 0.8;
/** Fall in the informal share per unit rise of quality above the start (buyers' codes ask for registered workers) [assumption]. */
export const INFORMALITY_QUALITY = 0.5;
/** An informal worker's or apprentice's pay relative to a formal worker's in the same kind of firm (Perry et al. 2007; size an assumption). */
export const INFORMAL_PAY_RATIO = 0.6;
/** Pay premium of a large firm over an SME for the same work (Söderbom, Teal & Wambugu 2005; size an assumption). */
export const LARGE_FIRM_PREMIUM = 0.3;
/** Further pay premium in a foreign plant (Aitken, Harrison & Lipsey 1996: about 30% in Mexico and Venezuela). */
export const FOREIGN_PLANT_PREMIUM = 0.3;
/** Women's share of SME jobs and of large-firm jobs [assumption per cluster; ILO 2018 world share about 0.39]. */
export const WOMEN_SHARE_SME = 0.3;
export const WOMEN_SHARE_LARGE = 0.4;
/** Women's pay below men's in the same kind of job (ILO Global Wage Report 2018/19: about 20%). */
export const GENDER_PAY_GAP = 0.2;
/** Owner households per large firm or foreign plant (partners, shareholders) [assumption]. */
export const OWNERS_PER_LARGE_FIRM = 5;
/** Least share of a segment's value added left as profit: wages cannot take it all [assumption]. */
export const MIN_PROFIT_SHARE = 0.05;
/** Income of a person without a cluster job relative to an informal worker's (odd jobs, farms, family) [assumption]. */
export const SURPLUS_INCOME_RATIO = 0.5;
/** Spread of log income within a group: owners' profits vary far more than wages [assumption]. */
export const OWNER_SPREAD = 0.9;
export const WORKER_SPREAD = 0.5;

const zeroes = (): Record<Group, number> => ({ smeOwners: 0, largeOwners: 0, formalWorkers: 0, informalWorkers: 0, womenWorkers: 0 });

/** Informal share of a segment's workers: falls as working conditions and quality rise above the start. */
export function informalShare(model: Model, start: number, workingConditions: number, quality: number): number {
  const b = model.baseline;
  return clamp(
    start - INFORMALITY_CONDITIONS * (workingConditions - b.workingConditions) - INFORMALITY_QUALITY * (quality - b.quality),
    0.02,
    0.98,
  );
}

/** Log of the prices local households pay against the start: the tariff on goods and rents raised by migrants. */
export function householdPriceLog(model: Model, s: GroupInputs): number {
  const p = model.params;
  const b = model.baseline;
  const tariff = p.poorTradableShare * (Math.log(1 + Math.max(0, s.tariff)) - Math.log(1 + Math.max(0, b.tariff)));
  // Migrants so far: labour force growth beyond natural growth (see employment.ts and poverty.ts).
  const migrated = Math.max(0, Math.log(s.laborForce / b.laborForce) - s.t * Math.log(1 + p.populationGrowth));
  return tariff + p.housingCostShare * p.rentResponse * migrated;
}

/** Per-year money, US$ million, of `people` paid `usdPerDay` a working day. */
const yearly = (people: number, usdPerDay: number): number => (people * usdPerDay * WORK_DAYS_PER_YEAR) / 1e6;

/** People, yearly incomes and prices of each group, from one state. */
export function groupIncomes(model: Model, s: GroupInputs): GroupIncomes {
  const w = s.wageUsdPerDay;
  const smeVa = Math.max(0, s.smeOutputUsdM);
  const largeVa = Math.max(0, s.outputUsdM - s.smeOutputUsdM);
  const owners = Math.max(0, Math.min(s.smeFirms, s.smeEmployment));
  const smeWorkers = Math.max(0, s.smeEmployment - owners);
  const largeWorkers = Math.max(0, s.largeEmployment);
  const informalSme = informalShare(model, INFORMAL_SHARE_SME, s.workingConditions, s.quality);
  const informalLarge = informalShare(model, INFORMAL_SHARE_LARGE, s.workingConditions, s.quality);
  const foreignShare = s.largeFirms > 0 ? clamp(s.foreignFirms / s.largeFirms, 0, 1) : 0;
  const largeWage = w * (1 + LARGE_FIRM_PREMIUM) * (1 + FOREIGN_PLANT_PREMIUM * foreignShare);

  // Wage bills by segment, capped so some profit is left (firms cut pay and hours in a slump).
  const smeFormalBill = yearly(smeWorkers * (1 - informalSme), w);
  const smeInformalBill = yearly(smeWorkers * informalSme, w * INFORMAL_PAY_RATIO);
  const largeFormalBill = yearly(largeWorkers * (1 - informalLarge), largeWage);
  const largeInformalBill = yearly(largeWorkers * informalLarge, largeWage * INFORMAL_PAY_RATIO);
  const smeCut = capFactor(smeFormalBill + smeInformalBill, smeVa);
  const largeCut = capFactor(largeFormalBill + largeInformalBill, largeVa);
  const smeLabour = (smeFormalBill + smeInformalBill) * smeCut;
  const largeLabour = (largeFormalBill + largeInformalBill) * largeCut;
  const largeProfit = largeVa - largeLabour;

  // Women: a share of each kind of job, paid GENDER_PAY_GAP less than men in it (the job's average pay unchanged).
  const womenIncome = (bill: number, share: number): number => (bill * share * (1 - GENDER_PAY_GAP)) / (1 - GENDER_PAY_GAP * share);
  const people = zeroes();
  const income = zeroes();
  people.smeOwners = owners;
  income.smeOwners = smeVa - smeLabour;
  people.largeOwners = s.largeFirms * OWNERS_PER_LARGE_FIRM;
  income.largeOwners = largeProfit;
  people.formalWorkers = smeWorkers * (1 - informalSme) + largeWorkers * (1 - informalLarge);
  income.formalWorkers = smeFormalBill * smeCut + largeFormalBill * largeCut;
  people.informalWorkers = smeWorkers * informalSme + largeWorkers * informalLarge;
  income.informalWorkers = smeInformalBill * smeCut + largeInformalBill * largeCut;
  people.womenWorkers = smeWorkers * WOMEN_SHARE_SME + largeWorkers * WOMEN_SHARE_LARGE;
  income.womenWorkers = womenIncome(smeLabour, WOMEN_SHARE_SME) + womenIncome(largeLabour, WOMEN_SHARE_LARGE);

  const local = householdPriceLog(model, s);
  // Owners of large firms buy little of what the tariff makes dearer and do not rent in the crowded quarters [assumption].
  const priceLog = { smeOwners: local, largeOwners: 0, formalWorkers: local, informalWorkers: local, womenWorkers: local };
  return {
    people,
    incomeUsdM: income,
    priceLog,
    repatriatedUsdM: largeProfit * foreignShare,
    surplusPeople: Math.max(0, s.laborForce - s.smeEmployment - largeWorkers),
  };
}

/** 1, or the share of a wage bill that leaves MIN_PROFIT_SHARE of value added as profit. */
function capFactor(bill: number, valueAdded: number): number {
  const most = (1 - MIN_PROFIT_SHARE) * valueAdded;
  return bill > most && bill > 0 ? most / bill : 1;
}

/** Income per person per calendar day, US$ (0 for a group with no one in it). */
export function perDay(incomeUsdM: number, people: number): number {
  return people > 0 ? (incomeUsdM * 1e6) / (people * 365) : 0;
}

/** Real income per person per day: what the group's income buys at the prices it pays. */
export function realPerDay(g: GroupIncomes, group: Group): number {
  return perDay(g.incomeUsdM[group], g.people[group]) * Math.exp(-g.priceLog[group]);
}

const SPREAD: Record<Group, number> = {
  smeOwners: OWNER_SPREAD,
  largeOwners: OWNER_SPREAD,
  formalWorkers: WORKER_SPREAD,
  informalWorkers: WORKER_SPREAD,
  womenWorkers: WORKER_SPREAD,
};

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const k = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * k - 1.453152027) * k + 1.421413741) * k - 0.284496736) * k + 0.254829592) * k * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Share below the line `logLine` of a lognormal group with mean `mean` and log spread `spread`. */
function poorShare(mean: number, spread: number, logLine: number): number {
  if (mean <= 0) return 1;
  return normalCdf((logLine - Math.log(mean) + (spread * spread) / 2) / spread);
}

interface Member {
  people: number;
  mean: number;
  spread: number;
}

export interface GroupsDetail {
  groups: Groups;
  /** People of the labour force without a cluster job, and the share of them who are poor. */
  surplus: { people: number; poverty: number };
}

/**
 * The groups' figures for one state, with the people outside them. Poverty: the line solved
 * (bisection on its log) so that
 *   Σ_partition people_g · poverty_g + surplus · poverty_surplus = poverty · (surplus + Σ_partition people_g)
 * i.e. the groups' poor add up to the cluster's headcount.
 */
export function groupsDetail(model: Model, s: GroupInputs & Pick<ClusterState, 'poverty'>): GroupsDetail {
  const g = groupIncomes(model, s);
  const real = {} as Record<Group, number>;
  for (const group of GROUPS) real[group] = realPerDay(g, group);
  const informalReal =
    real.informalWorkers > 0
      ? real.informalWorkers
      : ((s.wageUsdPerDay * INFORMAL_PAY_RATIO * WORK_DAYS_PER_YEAR) / 365) * Math.exp(-g.priceLog.informalWorkers);
  const surplusMean = SURPLUS_INCOME_RATIO * informalReal;
  const members: Member[] = [
    ...PARTITION_GROUPS.map((group) => ({ people: g.people[group], mean: real[group], spread: SPREAD[group] })),
    { people: g.surplusPeople, mean: surplusMean, spread: WORKER_SPREAD },
  ].filter((m) => m.people > 0);
  const population = members.reduce((sum, m) => sum + m.people, 0);
  const target = clamp(s.poverty, 0, 1) * population;
  const logs = members.filter((m) => m.mean > 0).map((m) => Math.log(m.mean));
  let lo = Math.min(...logs, 0) - 12 * OWNER_SPREAD;
  let hi = Math.max(...logs, 0) + 12 * OWNER_SPREAD;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    const poor = members.reduce((sum, m) => sum + m.people * poorShare(m.mean, m.spread, mid), 0);
    if (poor < target) lo = mid;
    else hi = mid;
  }
  const line = (lo + hi) / 2;
  const groups = {} as Groups;
  for (const group of GROUPS) {
    const people = g.people[group];
    groups[group] = {
      people,
      incomeUsdPerDay: perDay(g.incomeUsdM[group], people),
      poverty: people > 0 ? poorShare(real[group], SPREAD[group], line) : 0,
    };
  }
  return { groups, surplus: { people: g.surplusPeople, poverty: g.surplusPeople > 0 ? poorShare(surplusMean, WORKER_SPREAD, line) : 0 } };
}

/** The groups' figures for one state (what the CLI prints and the screens compare). */
export function groupsOf(model: Model, s: GroupInputs & Pick<ClusterState, 'poverty'>): Groups {
  const { groups } = groupsDetail(model, s);
  // Below one in a million is none (owners of large firms), not a figure to print.
  for (const group of GROUPS) if (groups[group].poverty < 1e-6) groups[group].poverty = 0;
  return groups;
}

/** Yearly income of the groups that partition value added, US$ million (equals outputUsdM). */
export function partitionIncomeUsdM(groups: Groups): number {
  return PARTITION_GROUPS.reduce((sum, group) => sum + (groups[group].incomeUsdPerDay * groups[group].people * 365) / 1e6, 0);
}

/** Log growth of income per person from one state to the next, by what the stakeholders hear. */
export interface GroupIncomeGrowth {
  smeOwners: number;
  largeOwners: number;
  /** Mean over formal, informal and women workers (at constant prices: the tariff's prices are a driver of their own). */
  workers: number;
  /** Mean over informal and women workers, in real terms (what their income buys). */
  poorest: number;
}

/** ln(b / a), 0 where either is not positive (a group that does not exist has no news). */
function growth(a: number, b: number): number {
  return a > 0 && b > 0 ? Math.log(b / a) : 0;
}

export function groupIncomeGrowth(model: Model, before: GroupInputs, after: GroupInputs): GroupIncomeGrowth {
  const a = groupIncomes(model, before);
  const b = groupIncomes(model, after);
  const nominal = (group: Group): number =>
    growth(perDay(a.incomeUsdM[group], a.people[group]), perDay(b.incomeUsdM[group], b.people[group]));
  const real = (group: Group): number => growth(realPerDay(a, group), realPerDay(b, group));
  return {
    smeOwners: nominal('smeOwners'),
    largeOwners: nominal('largeOwners'),
    workers: (nominal('formalWorkers') + nominal('informalWorkers') + nominal('womenWorkers')) / 3,
    poorest: (real('informalWorkers') + real('womenWorkers')) / 2,
  };
}
