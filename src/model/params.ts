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
    default: 0, min: 0, max: 100000, unit: 'US$ million',
    meaning: 'Effective spending on one line in one year that achieves about 63% of that line\'s reference effect; 0 = derived from the cluster\'s size (referenceSpendPerWorkerUsd)',
    source: 'assumption: a scenario may fix it; by default it scales with the cluster, so the same budget buys less in a larger cluster',
  },
  referenceSpendPerWorkerUsd: {
    default: 600, min: 10, max: 20000, unit: 'US$ per worker per year',
    meaning: 'Spending per cluster worker on one line that reaches about 63% of its effect, at US$ 5,000 value added per worker (scaled with local value added per worker by costIncomeElasticity)',
    source: 'assumption calibrated to programme costs: business training US$ 100-1,000 per trainee and matching grants up to US$ 8,000 per firm (McKenzie 2017; World Bank 2016 matching-grant review); USAID\'s 26 cluster projects cost about US$ 60 m (seed note)',
  },
  costIncomeElasticity: {
    default: 0.75, min: 0, max: 1, unit: 'elasticity',
    meaning: 'How the cost of a programme per worker rises with local value added per worker (trainers, builders, consultants and land cost more where incomes are higher)',
    source: 'assumption: between equal cost per worker (0) and equal cost per dollar of value added (1); non-traded services scale with income (Balassa-Samuelson)',
  },
  absorptionCapacity: {
    default: 2, min: 0.2, max: 100, unit: 'reference units',
    meaning: 'Total effective spending (in reference units, all lines together) a cluster\'s institutions can put to use in a year; beyond it every line buys less (overall diminishing returns)',
    source: 'assumption: implementing agencies and firms absorb only so much; deadweight rises with programme size (World Bank 2016 matching-grant review)',
    limitation: 'weakMacroEnvironment',
  },
  // --- demand, prices and the outside world ---
  marketGrowth: {
    default: 0.03, min: -0.05, max: 0.15, unit: 'per year',
    meaning: 'Trend growth of the market the cluster sells into (firm numbers the market supports grow with it)',
    source: 'assumption per scenario, near the country\'s real GDP growth',
  },
  marketGrowthLongRun: {
    default: 0.03, min: -0.05, max: 0.1, unit: 'per year',
    meaning: 'Trend market growth the starting growth converges to (fast-growing clusters slow down as they mature)',
    source: 'assumption: long-run growth of world manufacturing and services demand, about 3% a year',
  },
  marketGrowthConvergence: {
    default: 0.07, min: 0, max: 1, unit: 'per year',
    meaning: 'Speed at which the trend growth of the cluster\'s market converges to its long-run rate (half-life about 10 years)',
    source: 'assumption: booms such as Bangalore\'s IT exports (over 25% a year in the 1990s-2000s) slow over one to two decades',
  },
  demandVolatility: {
    default: 0.07, min: 0, max: 0.3, unit: 'log s.d. per year',
    meaning: 'Standard deviation of yearly world-demand innovations',
    source: 'assumption: close to the volatility of world trade growth',
    limitation: 'externalDependence',
  },
  demandPersistence: {
    default: 0.6, min: 0, max: 0.95, unit: 'AR(1) coefficient',
    meaning: 'How much of a world-demand deviation survives into the next year',
    source: 'assumption',
  },
  worldDemandGrowth: {
    default: 0, min: -0.05, max: 0.05, unit: 'log points per year',
    meaning: 'Extra yearly trend of world demand for the cluster\'s exports, on top of the trend the scenario\'s figures already carry (0 = none); the planner\'s Assumptions set it, for the baseline and every plan alike',
    source: 'assumption of the user: a scenario of the world economy, not an estimate (the built-in scenarios leave it at 0)',
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
    default: 0.3, min: 0, max: 2, unit: 'margin per subsidy/output',
    meaning: 'How much a subsidy, as a share of the segment\'s output, raises its margin',
    source: 'assumption; well below one because much support pays for what firms would have done anyway (deadweight: World Bank 2016 review of matching grants; McKenzie 2017)',
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
    default: 0.25, min: 0, max: 1, unit: 'margin per tariff point',
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
    default: 0.05, min: 0, max: 0.2, unit: 'productivity growth per tariff point',
    meaning: 'Yearly productivity growth lost per unit of tariff (less competitive pressure)',
    source: 'Seed paper: "protectionist policy is not a solution to make enterprises more innovative"; Pavcnik 2002 (+19% in 7 years after liberalisation)',
  },
  prohibitiveTariff: {
    default: 0.3, min: 0.02, max: 2, unit: 'ad valorem',
    meaning: 'Tariff scale at which protection stops adding to SME margins: beyond it smuggling and informal imports blunt it (protection saturates as 1 - exp(-tariff / this))',
    source: 'assumption: high tariffs in West Africa are widely evaded through informal cross-border trade (Golub 2012, World Bank); the benefit saturates while the costs keep growing',
  },
  importedInputShare: {
    default: 0.2, min: 0, max: 0.8, unit: 'share of costs',
    meaning: 'Share of the cluster\'s costs that are imported inputs (steel, machines, components): a tariff raises them, hurting exports and large firms',
    source: 'assumption per scenario; Sialkot imports its stainless steel, Suame its spare parts and metal (seed paper)',
  },
  poorTradableShare: {
    default: 0.2, min: 0, max: 0.6, unit: 'share of spending',
    meaning: 'Share of poor households\' spending on goods whose price the tariff raises (cloth, tools, utensils, parts)',
    source: 'Topalova 2010 and Porto 2006 on tariffs and household welfare; size is an assumption',
  },
  exportReach: {
    default: 0.35, min: 0, max: 1, unit: 'share of the reachable gap per reference year',
    meaning: 'Share of the gap between the export share and what the cluster\'s quality and skills can sell abroad that a reference year of export promotion closes',
    source: 'assumption; buyers buy what meets their standards: Sialkot upgraded to meet them (Nadvi 1999); promotion cannot sell what quality does not support',
    limitation: 'externalDependence',
  },
  exportQualityReach: {
    default: 0.5, min: 0, max: 3, unit: 'export share per unit of quality',
    meaning: 'Extra export share foreign buyers will take per unit of quality (and a quarter as much per unit of skills) gained above the start',
    source: 'assumption; exports of developing-country clusters grow with standards and quality upgrading (Humphrey & Schmitz 2002; Nadvi 1999)',
    limitation: 'lowValueAdded',
  },
  exportHeadroom: {
    default: 0.04, min: 0, max: 0.5, unit: 'export share',
    meaning: 'Export share promotion can add without any upgrading (new buyers for the same goods)',
    source: 'assumption',
    limitation: 'externalDependence',
  },
  certificationQuality: {
    default: 0.025, min: 0, max: 0.3, unit: 'quality per reference year',
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
  largeCompetition: {
    default: 0.4, min: 0, max: 2, unit: 'margin per share point',
    meaning: 'SME margin lost as large firms and foreign plants take a larger share of output (they compete for the same buyers, workers and inputs)',
    source: 'seed paper s.2.2.1 and s.2.2.6 (support captured by large firms; vertical integration in Sinos Valley, Schmitz 1999); size is an assumption',
    limitation: 'smeDominance',
  },
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
  migrationMax: {
    default: 0.06, min: 0, max: 0.2, unit: 'share of the labour force per year',
    meaning: 'Largest yearly inflow of migrants, reached when the cluster has absorbed its surplus labour',
    source: 'Bangalore\'s population grew about 4% a year in 2001-2011, mostly by migration (Census of India); size is an assumption',
  },
  frictionalSurplus: {
    default: 0.04, min: 0, max: 0.3, unit: 'share of the labour force',
    meaning: 'Surplus that never disappears (job search, seasonal work): jobs cannot exceed the rest of the labour force',
    source: 'assumption',
  },
  housingPressure: {
    default: 1.5, min: 0, max: 5, unit: 'conditions per migration rate',
    meaning: 'How much a yearly migrant inflow (as a share of the labour force) worsens living and working conditions (crowded housing, informal settlements)',
    source: 'assumption; seed paper s.2.2.5 on poor conditions; Kamukunji\'s artisans work on under two acres',
    limitation: 'poorWorkingConditions',
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
  housingCostShare: {
    default: 0.25, min: 0, max: 0.6, unit: 'share of spending',
    meaning: 'Share of poor households\' spending that goes on housing',
    source: 'assumption; typical of urban low-income households in household budget surveys',
  },
  rentResponse: {
    default: 1.5, min: 0, max: 5, unit: 'rent growth per migration rate',
    meaning: 'Rise in rents per yearly migrant inflow (as a share of the labour force)',
    source: 'assumption; informal settlements grow around booming clusters (seed paper s.2.2.5 on conditions)',
    limitation: 'poorWorkingConditions',
  },
  poorInFormalJobs: {
    default: 0.3, min: 0, max: 1, unit: 'weight',
    meaning: 'Weight of a large-firm or foreign-plant job in poor households\' income, relative to an SME or informal job (formal jobs go mostly to skilled, better-off workers)',
    source: 'assumption; seed paper s.2.2.5 and Table 2 (TNC clusters: skilled labour); Loayza & Raddatz 2010 (labour-intensive sectors reduce poverty most)',
    limitation: 'smeDominance',
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
  complianceExit: {
    default: 0.08, min: 0, max: 0.3, unit: 'exit rate at full strength',
    meaning: 'Yearly exit of informal workshops that cannot meet enforced labour standards, scaled by how far conditions are below decent (the poorest lose their jobs first)',
    source: 'assumption; formalisation drives out the smallest informal firms in the short run (seed paper s.2.2.5; Pyke & Lund-Thomsen 2016)',
    limitation: 'poorWorkingConditions',
  },
  qualityShakeout: {
    default: 1.5, min: 0, max: 10, unit: 'exit rate per unit of quality gained',
    meaning: 'Workshops that exit as the cluster\'s quality rises in a year: buyers move to better products and the least skilled cannot follow',
    source: 'Sonobe & Otsuka 2006, 2011 (the quality-improvement phase: entry slows, exits rise, survivors grow); size is an assumption',
    limitation: 'smeDominance',
  },
  laborSaving: {
    default: 0.8, min: 0, max: 1, unit: 'elasticity',
    meaning: 'Jobs per firm lost per unit of log productivity gained (productivity raises output more than jobs)',
    source: 'assumption; employment elasticities of 0.4-0.7 mean output per worker rises with growth (Kapsos 2005, ILO)',
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
  domesticValueAddedShare: {
    default: 0.6, min: 0.02, max: 1, unit: 'share of gross sales',
    meaning: 'Domestic value added as a share of gross sales: turns the value added the model tracks into gross export sales, the figure trade statistics report',
    source: 'assumption: between assembly of imported parts (about 0.1 in Guadalajara) and crafts that buy few imported inputs; scenarios with a cited export figure set their own',
    limitation: 'lowValueAdded',
  },
  // Buyer standards (mechanisms/buyer-standards.ts): a foreign buyer or regulator raises the bar.
  buyerStandardChance: {
    default: 0.03, min: 0, max: 0.1, unit: 'per year at full export share',
    meaning: 'Chance a foreign buyer or regulator imposes a new quality standard (CE marking, an import ban until plants comply)',
    source: 'assumption; Sialkot faced the 1994 US FDA ban and EU CE marking within a decade (Nadvi 1999; seed paper s.2.2.4)',
    limitation: 'externalDependence',
  },
  buyerStandardLoss: {
    default: 2.5, min: 0, max: 6, unit: 'share of export orders lost per unit of readiness short',
    meaning: 'Export orders lost when a new standard hits, per unit the cluster falls short of it (at most 70%)',
    source: 'assumption; the FDA ban shut Sialkot out of its US market until firms complied (Nadvi 1999)',
    limitation: 'externalDependence',
  },
  buyerStandardGain: {
    default: 1, min: 0, max: 3, unit: 'share of export orders gained per unit of readiness above',
    meaning: 'Export orders won from non-compliant rivals, per unit the cluster clears a new standard (at most 15%)',
    source: 'assumption; Sialkot regained and widened its US market after upgrading collectively (Nadvi 1999)',
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
