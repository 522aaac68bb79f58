// Every model parameter, its default, its range and where the number comes from.
// A scenario may override any of them; docs/model.md lists the same table, and a test checks
// that each parameter here has a source or is marked an assumption.

import type { Limitation } from './types';

export interface ParamSpec {
  default: number;
  min: number;
  max: number;
  unit: string;
  meaning: string;
  /** A citation, or text beginning with "assumption". */
  source: string;
  /** The seed paper's limitation this parameter expresses, where it expresses one. */
  limitation?: Limitation;
}

export const PARAM_SPECS = {
  // --- governance and budget (weak macro environment) ---
  leakage: {
    default: 0.2, min: 0, max: 0.8, unit: 'share',
    meaning: 'Share of every budget line lost to corruption and weak institutions before it has any effect',
    source: 'Seed paper s.2.2.3 (Chaudhry 2011; Oyelaran-Oyeyinka & Lal 2006); size is an assumption',
    limitation: 'weakMacroEnvironment',
  },
  costScaleUsdM: {
    default: 10, min: 0.1, max: 100000, unit: 'US$ million',
    meaning: 'Effective spending on one line in one year that achieves about 63% of that line\'s reference effect (diminishing returns beyond)',
    source: 'assumption: scaled to the scenario budget and cluster size',
  },
  // --- demand, prices and the outside world ---
  marketGrowth: {
    default: 0.03, min: -0.05, max: 0.15, unit: 'per year',
    meaning: 'Trend growth of the market the cluster sells into (firm numbers the market supports grow with it)',
    source: 'assumption per scenario, near the country\'s real GDP growth',
  },
  demandVolatility: {
    default: 0.04, min: 0, max: 0.3, unit: 'log s.d. per year',
    meaning: 'Standard deviation of yearly world-demand innovations',
    source: 'assumption: close to the volatility of world trade growth',
    limitation: 'externalDependence',
  },
  demandPersistence: {
    default: 0.6, min: 0, max: 0.95, unit: 'AR(1) coefficient',
    meaning: 'How much of a world-demand deviation survives into the next year',
    source: 'assumption',
  },
  demandCrashChance: {
    default: 0.05, min: 0, max: 0.5, unit: 'per year',
    meaning: 'Chance of a world demand collapse in a year (as in 2001 for Guadalajara)',
    source: 'assumption; size from Guadalajara 2001 (seed paper; maquiladora employment -19%)',
    limitation: 'externalDependence',
  },
  demandCrashSize: {
    default: 0.18, min: 0, max: 0.6, unit: 'log points',
    meaning: 'Size of a world demand collapse',
    source: 'Mexico maquiladora employment fell 19% in 2001 (INEGI, via model.md)',
    limitation: 'externalDependence',
  },
  exchangeRateVolatility: {
    default: 0.05, min: 0, max: 0.3, unit: 'log s.d. per year',
    meaning: 'Standard deviation of yearly real exchange-rate innovations',
    source: 'assumption',
    limitation: 'weakMacroEnvironment',
  },
  exportPriceElasticity: {
    default: 0.6, min: 0, max: 3, unit: 'elasticity',
    meaning: 'Short-run response of export orders to the real exchange rate',
    source: 'assumption: short-run trade elasticities are usually below one (exporters absorb part of a swing in their prices)',
  },
  // --- infrastructure ---
  infrastructureElasticity: {
    default: 0.12, min: 0, max: 0.4, unit: 'elasticity',
    meaning: 'Long-run output elasticity of infrastructure services (short run is this times the adjustment speed, ~0.08)',
    source: 'Bom & Ligthart 2014: ~0.08 short run, ~0.12 long run',
    limitation: 'weakMacroEnvironment',
  },
  infrastructureAdjustment: {
    default: 0.67, min: 0.05, max: 1, unit: 'share per year',
    meaning: 'Share of the gap between infrastructure services and the stock closed each year',
    source: 'assumption chosen so the short-run elasticity is 0.67 x 0.12 = 0.08 (Bom & Ligthart 2014)',
  },
  infrastructureDepreciation: {
    default: 0.04, min: 0, max: 0.2, unit: 'per year',
    meaning: 'Decay of programme-built infrastructure back toward the level general government maintains',
    source: 'assumption (3-5%/yr, model.md)',
  },
  infrastructureReach: {
    default: 0.35, min: 0, max: 1, unit: 'share of gap',
    meaning: 'Share of the infrastructure gap (1 - stock) one reference year of spending closes at most',
    source: 'assumption',
  },
  deficitMarginCost: {
    default: 0.03, min: 0, max: 0.3, unit: 'margin at zero infrastructure',
    meaning: 'SME profit margin lost to an infrastructure deficit (no grid, generators), scaled by the deficit',
    source: 'Allcott, Collard-Wexler & O\'Connell 2016: shortages cost 5-10% of producer surplus, small firms hardest; 0.03 (a fifth of the normal margin at zero infrastructure) is an assumption for workshops with no grid at all',
    limitation: 'weakMacroEnvironment',
  },
  // --- training and skills ---
  trainingReach: {
    default: 0.18, min: 0, max: 0.5, unit: 'share of skill gap',
    meaning: 'Share of the skill gap (1 - skills) one reference year of training closes at most, a year later',
    source: 'assumption kept modest (McKenzie 2017: small effects in many trials)',
    limitation: 'smeDominance',
  },
  skillDepreciation: {
    default: 0.03, min: 0, max: 0.2, unit: 'per year',
    meaning: 'Decay of programme-raised skills back toward the starting level (turnover, migration)',
    source: 'assumption',
  },
  skillProductivity: {
    default: 0.3, min: 0, max: 1.5, unit: 'productivity per skill point',
    meaning: 'Long-run productivity gain per unit of skills above the start',
    source: 'assumption kept modest (McKenzie 2017); Bloom et al. 2013 found +17% in large firms',
    limitation: 'smeDominance',
  },
  skillAdjustment: {
    default: 0.35, min: 0.05, max: 1, unit: 'share per year',
    meaning: 'Speed at which productivity catches up with skills, so Kaizen-type gains show after ~3 years',
    source: 'Higuchi, Mhede & Sonobe 2016 (effects after ~3 years); Card, Kluve & Weber 2018 (2-3 years)',
  },
  skillWagePremium: {
    default: 0.4, min: 0, max: 2, unit: 'log wage per skill point',
    meaning: 'Wage gain per unit of skills above the start, once surplus labour is absorbed',
    source: 'assumption',
  },
  // --- research centres ---
  researchReach: {
    default: 0.35, min: 0, max: 1, unit: 'index per reference year',
    meaning: 'Research stock a reference year of research-centre spending adds at most, once built',
    source: 'assumption',
  },
  researchDepreciation: {
    default: 0.12, min: 0, max: 0.4, unit: 'per year',
    meaning: 'Depreciation of the knowledge stock',
    source: 'assumption, near the 15% R&D depreciation commonly used (Hall 2007)',
  },
  researchProductivity: {
    default: 0.1, min: 0, max: 0.2, unit: 'productivity growth per index point',
    meaning: 'Yearly productivity growth from a unit research stock at full absorptive capacity and linkage',
    source: 'assumption; gated by absorptive capacity and distance to frontier (Goni & Maloney 2017)',
    limitation: 'lowValueAdded',
  },
  researchQuality: {
    default: 0.03, min: 0, max: 0.2, unit: 'quality per index point',
    meaning: 'Yearly quality gain from a unit research stock at full absorptive capacity',
    source: 'assumption',
    limitation: 'lowValueAdded',
  },
  absorptiveThreshold: {
    default: 0.45, min: 0, max: 1, unit: 'skills index',
    meaning: 'Skills level above which firms can use research (absorptive capacity)',
    source: 'assumption; threshold form from Goni & Maloney 2017',
    limitation: 'lowValueAdded',
  },
  researchLinkage: {
    default: 0.5, min: 0, max: 1, unit: 'share',
    meaning: 'How connected public research is to firms (seed paper: isolated in DCs)',
    source: 'Seed paper s.2.2.2 (public research isolated from economic activity); level is an assumption',
    limitation: 'lowValueAdded',
  },
  frontierGap: {
    default: 0.7, min: 0, max: 1, unit: '0 = at frontier, 1 = farthest',
    meaning: 'Starting distance to the technology frontier; research returns follow an inverted U in it',
    source: 'Goni & Maloney 2017: inverted U, near zero for the poorest',
  },
  // --- incentives and joint action ---
  largeFirmCapture: {
    default: 0.7, min: 0, max: 1, unit: 'share',
    meaning: 'Share of untargeted incentives captured by large firms',
    source: 'Seed paper s.2.2.3 (Oyelaran-Oyeyinka & Lal 2006); 0.6-0.8 is an assumption (model.md)',
    limitation: 'smeDominance',
  },
  smeTargetingLeak: {
    default: 0.15, min: 0, max: 1, unit: 'share',
    meaning: 'Share of SME-targeted incentives still captured by large firms (misclassification, connections)',
    source: 'assumption',
  },
  subsidyMarginEffect: {
    default: 0.5, min: 0, max: 2, unit: 'margin per subsidy/output',
    meaning: 'How much a subsidy, as a share of the segment\'s output, raises its margin',
    source: 'assumption',
  },
  subsidyInvestmentQuality: {
    default: 0.05, min: 0, max: 0.3, unit: 'quality per reference year',
    meaning: 'Quality gain from SME incentives, scaled by skills (training first, then finance)',
    source: 'Sonobe & Otsuka 2006, 2011; Otsuka 2018',
  },
  largeExpansion: {
    default: 0.015, min: 0, max: 0.3, unit: 'capacity per reference year',
    meaning: 'Extra large-firm capacity from captured incentives (no productivity gain)',
    source: 'Lazzarini et al. 2015: subsidised loans with no effect on performance',
  },
  fdiAttraction: {
    default: 0.08, min: 0, max: 0.5, unit: 'new plants per existing large firm per reference year',
    meaning: 'Most foreign plants a location can attract in a year, per existing large firm',
    source: 'assumption',
    limitation: 'externalDependence',
  },
  fdiPlantCostYears: {
    default: 1.5, min: 0.1, max: 10, unit: 'years of a plant\'s value added',
    meaning: 'Incentive cost of attracting one foreign plant (tax holiday and grants)',
    source: 'assumption',
    limitation: 'externalDependence',
  },
  fdiTechTransfer: {
    default: 0.01, min: 0, max: 0.05, unit: 'productivity growth per FDI share',
    meaning: 'Technology transfer from foreign plants (TNC clusters do little local R&D)',
    source: 'Seed paper s.2.2.4 (De Beule et al. 2008); size is an assumption',
    limitation: 'externalDependence',
  },
  jointTrust: {
    default: 0.25, min: 0, max: 1, unit: 'trust at saturation',
    meaning: 'Trust raised by a saturated stock of collaborative projects (active collective efficiency)',
    source: 'Schmitz & Nadvi 1999; seed paper (Emasim network, Ceglie & Dini 1999)',
    limitation: 'erodingTrust',
  },
  jointProductivity: {
    default: 0.02, min: 0, max: 0.1, unit: 'productivity growth at saturation',
    meaning: 'Yearly productivity growth from collaborative projects, scaled by trust',
    source: 'Schmitz & Nadvi 1999; Emasim sales +200%, employment +15% (seed paper)',
    limitation: 'erodingTrust',
  },
  jointDepreciation: {
    default: 0.15, min: 0, max: 0.5, unit: 'per year',
    meaning: 'Decay of collaborative projects once funding stops',
    source: 'assumption',
  },
  // --- trade policy ---
  protectionMargin: {
    default: 0.35, min: 0, max: 1, unit: 'margin per tariff point',
    meaning: 'SME margin gained per unit of tariff, scaled by how import-competing the cluster is',
    source: 'Seed paper s.2.2.3: Suame boomed under the import ban (Waldman-Brown et al. 2013)',
    limitation: 'weakMacroEnvironment',
  },
  importCompeting: {
    default: 0.5, min: 0, max: 1, unit: 'share',
    meaning: 'Share of the cluster\'s market exposed to competing imports',
    source: 'assumption per scenario',
  },
  protectionDrag: {
    default: 0.04, min: 0, max: 0.2, unit: 'productivity growth per tariff point',
    meaning: 'Yearly productivity growth lost per unit of tariff (less competitive pressure)',
    source: 'Seed paper: "protectionist policy is not a solution to make enterprises more innovative"; Pavcnik 2002 (+19% in 7 years after liberalisation)',
  },
  exportReach: {
    default: 0.12, min: 0, max: 0.5, unit: 'export share per reference year',
    meaning: 'Export share gained at most from a reference year of export promotion and certification',
    source: 'assumption; Sialkot upgraded to meet buyer standards (Nadvi 1999)',
    limitation: 'externalDependence',
  },
  certificationQuality: {
    default: 0.04, min: 0, max: 0.3, unit: 'quality per reference year',
    meaning: 'Quality gain from standards and certification spending',
    source: 'Nadvi 1999 (Sialkot answered the US quality ban by upgrading)',
    limitation: 'lowValueAdded',
  },
  exportDecay: {
    default: 0.1, min: 0, max: 0.5, unit: 'per year',
    meaning: 'Pull of the export share back toward what quality alone sustains',
    source: 'assumption',
  },
  // --- market structure: entry, exit, upgrading ---
  normalMargin: {
    default: 0.15, min: 0.01, max: 0.5, unit: 'margin',
    meaning: 'SME margin at which entry and exit balance',
    source: 'assumption',
  },
  entryResponse: {
    default: 0.8, min: 0, max: 5, unit: 'entry rate per margin point',
    meaning: 'Entry rate per unit of margin above normal (quantity expansion, Sonobe & Otsuka)',
    source: 'Sonobe & Otsuka 2006; size is an assumption',
    limitation: 'smeDominance',
  },
  exitResponse: {
    default: 1.0, min: 0, max: 5, unit: 'exit rate per margin point',
    meaning: 'Exit rate per unit of expected margin below normal',
    source: 'Altenburg & Meyer-Stamer 1999 ("tariff reductions are jeopardizing the survival of many firms"); size is an assumption',
    limitation: 'smeDominance',
  },
  marginExpectation: {
    default: 0.5, min: 0.05, max: 1, unit: 'share per year',
    meaning: 'Speed at which the margin firms act on follows the actual margin (exits build over 1-3 years)',
    source: 'assumption',
  },
  crowding: {
    default: 0.25, min: 0, max: 2, unit: 'margin per log firm density',
    meaning: 'Margin lost as firms crowd the market (entry lowers margins)',
    source: 'Sonobe & Otsuka 2006 (quantity expansion lowers margins)',
    limitation: 'smeDominance',
  },
  upgradeSkillThreshold: {
    default: 0.5, min: 0, max: 1, unit: 'skills index',
    meaning: 'Skills needed before the cluster switches from quantity expansion to quality upgrading',
    source: 'Sonobe & Otsuka 2006, 2011; level is an assumption',
    limitation: 'lowValueAdded',
  },
  upgradeTrustThreshold: {
    default: 0.45, min: 0, max: 1, unit: 'trust index',
    meaning: 'Trust needed before the switch to quality upgrading',
    source: 'Sonobe & Otsuka 2011; level is an assumption',
    limitation: 'erodingTrust',
  },
  upgradeQuality: {
    default: 0.03, min: 0, max: 0.2, unit: 'quality per year',
    meaning: 'Yearly quality gain when upgrading is fully on',
    source: 'assumption',
  },
  graduation: {
    default: 0.004, min: 0, max: 0.05, unit: 'share of SMEs per year',
    meaning: 'SMEs that grow into large firms per year when upgrading is fully on (firm size up)',
    source: 'Schmitz & Nadvi 1999: large firms in DC clusters are SMEs grown through exporting',
  },
  qualityPremium: {
    default: 1.0, min: 0, max: 3, unit: 'value added per quality point',
    meaning: 'Extra value added per unit of output as the share of higher-value products rises',
    source: 'assumption',
    limitation: 'lowValueAdded',
  },
  baseProductivityGrowth: {
    default: 0.01, min: -0.05, max: 0.08, unit: 'per year',
    meaning: 'Productivity growth with no new policy (imitation, informal apprenticeship)',
    source: 'assumption per scenario; informal apprenticeship is the main learning channel (seed paper)',
  },
  // --- labour, wages, poverty ---
  employmentElasticity: {
    default: 0.5, min: 0, max: 1.2, unit: 'elasticity',
    meaning: 'Employment response to output (0.4-0.7; ~0.3 in TNC clusters)',
    source: 'Kapsos 2005 (ILO Employment Strategy Paper 2005/12): manufacturing elasticities mostly 0.4-0.7; the TNC value (~0.3) is an assumption',
  },
  smeLaborIntensity: {
    default: 2.5, min: 1, max: 10, unit: 'jobs per output, SME / large',
    meaning: 'How many more workers an SME uses per unit of output than a large firm',
    source: 'assumption',
    limitation: 'smeDominance',
  },
  populationGrowth: {
    default: 0.02, min: 0, max: 0.05, unit: 'per year',
    meaning: 'Growth of the local labour force and population',
    source: 'assumption near national rates',
  },
  surplusThreshold: {
    default: 0.1, min: 0.01, max: 0.5, unit: 'labour surplus share',
    meaning: 'Surplus labour below which wages start to follow productivity (Lewis turning point)',
    source: 'Lewis 1954; level is an assumption',
    limitation: 'poorWorkingConditions',
  },
  wagePassThrough: {
    default: 0.8, min: 0, max: 1.5, unit: 'elasticity',
    meaning: 'Wage response to value added per worker once surplus labour is absorbed',
    source: 'assumption',
  },
  surplusPassThrough: {
    default: 0.15, min: 0, max: 1, unit: 'elasticity',
    meaning: 'Wage response to value added per worker while there is surplus labour',
    source: 'Lewis 1954; seed paper: $0.5-0.6/hour in DC clusters (Oz 2004)',
    limitation: 'poorWorkingConditions',
  },
  subsistenceWageUsdPerDay: {
    default: 3, min: 0.5, max: 50, unit: 'US$ per day',
    meaning: 'Floor under the cluster wage',
    source: 'assumption per scenario',
  },
  povertyElasticity: {
    default: -1.5, min: -2.8, max: -1, unit: 'elasticity',
    meaning: 'Response of the poverty headcount to growth of poor households\' labour income',
    source: 'Adams 2004; Ram 2006 (between about -1 and -2.8)',
  },
  laborIntensityPovertyBoost: {
    default: 0.5, min: 0, max: 2, unit: 'extra elasticity per SME job share',
    meaning: 'Labour-intensive (SME) growth reduces poverty more',
    source: 'Loayza & Raddatz 2010',
  },
  clusterIncomeShare: {
    default: 0.5, min: 0, max: 1, unit: 'share',
    meaning: 'Share of poor local households\' income that comes from the cluster',
    source: 'assumption per scenario',
  },
  // --- working conditions, accidents, trust ---
  conditionsAdjustment: {
    default: 0.3, min: 0.05, max: 1, unit: 'share per year',
    meaning: 'Speed at which working conditions move toward what pressures and protections imply',
    source: 'assumption',
  },
  priceCompetitionPressure: {
    default: 0.6, min: 0, max: 2, unit: 'conditions per margin shortfall',
    meaning: 'How fierce price competition (margin below normal) pushes working conditions down',
    source: 'Seed paper s.2.2.5 (Schmitz & Musyck 1994; Posthuma 2009)',
    limitation: 'poorWorkingConditions',
  },
  standardsEffect: {
    default: 0.15, min: 0, max: 0.5, unit: 'conditions at saturation',
    meaning: 'Working conditions raised by labour-standard conditionality on incentives',
    source: 'Pyke & Lund-Thomsen 2016 (seed paper s.2.2.5); size is an assumption',
    limitation: 'poorWorkingConditions',
  },
  standardsMarginCost: {
    default: 0.03, min: 0, max: 0.2, unit: 'margin',
    meaning: 'Compliance cost of labour standards for SMEs receiving support',
    source: 'assumption',
  },
  accidentChance: {
    default: 0.35, min: 0, max: 1, unit: 'per year at zero conditions',
    meaning: 'Chance of a fire or serious accident, scaled by (1 - working conditions)^2',
    source: 'Seed paper: four fires in Suame Jan-May 2012 (Waldman-Brown et al. 2013); size is an assumption',
    limitation: 'poorWorkingConditions',
  },
  accidentSize: {
    default: 0.03, min: 0, max: 0.2, unit: 'share of workshops',
    meaning: 'Largest share of SME workshops a fire destroys',
    source: 'assumption',
    limitation: 'poorWorkingConditions',
  },
  trustAdjustment: {
    default: 0.5, min: 0.05, max: 1, unit: 'share per year',
    meaning: 'Speed at which trust moves toward its target (erosion shows over 1-2 years)',
    source: 'Seed paper s.2.2.6 (Wilson 1992; Meyer-Stamer 1998; McCormick 1998)',
    limitation: 'erodingTrust',
  },
  concentrationErosion: {
    default: 0.8, min: 0, max: 3, unit: 'trust per large-firm job share',
    meaning: 'Trust lost as the large-firm share of jobs rises (vertical integration, technology gap)',
    source: 'Seed paper s.2.2.1 and s.2.2.6 (Schmitz & Musyck 1994; Meyer-Stamer 1998)',
    limitation: 'erodingTrust',
  },
  competitionErosion: {
    default: 0.5, min: 0, max: 3, unit: 'trust per margin shortfall',
    meaning: 'Trust lost to fierce competition from excess supply',
    source: 'Altenburg & Meyer-Stamer 1999 (lack of trust from fierce competition)',
    limitation: 'erodingTrust',
  },
  trustSpillover: {
    default: 0.01, min: 0, max: 0.05, unit: 'productivity growth per trust point',
    meaning: 'Knowledge spillovers that trust enables (passive and active collective efficiency)',
    source: 'Kinyanjui 2008 (trust in Kamukunji speeds learning), seed paper',
    limitation: 'erodingTrust',
  },
  // --- external support and dependence ---
  buyerExitChance: {
    default: 0.08, min: 0, max: 0.5, unit: 'per year at full export share',
    meaning: 'Chance a major foreign buyer leaves',
    source: 'assumption',
    limitation: 'externalDependence',
  },
  tncExitChance: {
    default: 0.12, min: 0, max: 0.5, unit: 'per year at full FDI share',
    meaning: 'Chance a foreign plant relocates',
    source: 'assumption; Guadalajara lost up to 24,000 jobs in 2001 (model.md)',
    limitation: 'externalDependence',
  },
  donorExitChance: {
    default: 0.12, min: 0, max: 1, unit: 'per year',
    meaning: 'Chance the donor programme ends in a year',
    source: 'assumption; USAID ran 26 cluster projects ($60 m) from 1998 (Wares & Hadley 2008)',
    limitation: 'externalDependence',
  },
  approvalCollapse: {
    default: 0.2, min: 0, max: 0.5, unit: 'mean approval',
    meaning: 'Mean stakeholder approval below which the term ends early',
    source: 'assumption (game rule)',
  },
} as const satisfies Record<string, ParamSpec>;

export type ParamName = keyof typeof PARAM_SPECS;
export type Params = Record<ParamName, number>;
export const PARAM_NAMES = Object.keys(PARAM_SPECS) as ParamName[];

function buildDefaults(): Params {
  const params = {} as Params;
  for (const name of PARAM_NAMES) params[name] = PARAM_SPECS[name].default;
  return params;
}

/**
 * Built once, as a copy: every run resolves its parameters from these. (V8 copies the copy about
 * fifty times faster than the object built field by field, and createModel runs once per run.)
 */
const DEFAULT_PARAMS: Readonly<Params> = { ...buildDefaults() };

export function defaultParams(): Params {
  return { ...DEFAULT_PARAMS };
}

/** Defaults overridden by a scenario's values. */
export function resolveParams(overrides: Partial<Params>): Params {
  return { ...DEFAULT_PARAMS, ...overrides };
}
