// One year of the cluster, given the year's shocks: the composition of every mechanism.
// Pure: the same state, decisions and shocks always give the same next state. step() draws the
// shocks; attribution calls this again with parts removed (same shocks) to explain the change.
import type { ClusterState, Decisions, YearShocks } from './types';
import type { Model } from './setup';
import { donorShareOf, externalDependenceOf } from './setup';
import { applyEffects } from './events';
import { logRatio, saturate } from './math';
import { allocateBudget } from './mechanisms/budget';
import { advancePipeline } from './mechanisms/pipelines';
import {
  infrastructureMarginEffect,
  infrastructureOutputFactor,
  nextInfrastructure,
  nextInfrastructureServices,
} from './mechanisms/infrastructure';
import { nextSkillEffect, nextSkills } from './mechanisms/training';
import {
  nextResearch,
  researchPayoffGain,
  researchProductivityGrowth,
  researchQualityGain,
} from './mechanisms/research';
import {
  foreignPlantsAttracted,
  largeExpansionRate,
  splitIncentives,
  standardsStrength,
  subsidyMarginEffect,
  subsidyQualityGain,
} from './mechanisms/incentives';
import { jointProductivityGrowth, jointTrustLift, nextJointCapital } from './mechanisms/joint-action';
import {
  certificationQualityGain,
  inputCostExportEffect,
  nextExportShare,
  protectionMarginEffect,
  protectionProductivityDrag,
} from './mechanisms/trade';
import { demandFactor, nextExchangeRateLog, nextWorldDemandLog } from './mechanisms/demand';
import {
  graduatingSmes,
  nextExpectedMargin,
  smeMargin,
  smeNetEntryRate,
  supportedSmeFirms,
  trendGrowthAt,
  upgradingGate,
} from './mechanisms/market-structure';
import {
  foreignTechnologyGrowth,
  productivityGrowth,
  selectionGain,
  trustSpilloverGrowth,
} from './mechanisms/productivity';
import { nextQuality, qualityValueFactor } from './mechanisms/quality';
import {
  laborSurplusOf,
  maxEmployment,
  migrationRate,
  nextLaborForce,
  segmentEmployment,
} from './mechanisms/employment';
import { nextWage } from './mechanisms/wages';
import { conditionsTarget, nextWorkingConditions } from './mechanisms/working-conditions';
import { nextTrust, trustTarget } from './mechanisms/trust';
import {
  housingCostChangeLog,
  nextPoverty,
  poorHouseholdsLabourIncome,
  tariffPriceChangeLog,
} from './mechanisms/poverty';
import { exportShareAfterStandard } from './mechanisms/buyer-standards';
import { abruptChangeCost, approvalReasons, nextApproval, type ApprovalReasons } from './mechanisms/approval';
import { groupIncomeGrowth } from './mechanisms/groups';

export interface Advanced {
  next: ClusterState;
  approvalReasons: ApprovalReasons;
}

/** Cyclical demand shows in SME margins at a quarter strength: existing firms absorb most of a swing [assumption]. */
const CYCLICAL_MARGIN = 0.25;
/** Margin premium per unit of quality above the start [assumption]. */
const QUALITY_MARGIN = 0.2;
/** Output lost per share of wanted jobs left unfilled (labour's share of value added) [assumption]. */
const LABOUR_OUTPUT_ELASTICITY = 0.6;

/**
 * a / b, or `otherwise` when b is not positive: a size that has reached 0 (all large firms gone,
 * no output left) gives a neutral ratio instead of NaN. Every shipped scenario keeps these
 * denominators positive, so their numbers do not depend on it.
 */
function ratioOr(a: number, b: number, otherwise: number): number {
  return b > 0 ? a / b : otherwise;
}

/** Output per firm relative to the start, from the stocks that scale it. */
export function outputPerFirmFactor(
  model: Model,
  productivity: number,
  skillEffect: number,
  services: number,
  quality: number,
  demand: number,
): number {
  return (
    productivity *
    Math.exp(skillEffect) *
    infrastructureOutputFactor(model, services) *
    qualityValueFactor(model, quality) *
    demand
  );
}

export function advance(model: Model, previous: ClusterState, decisions: Decisions, shocks: YearShocks): Advanced {
  const p = model.params;
  const b = model.baseline;
  const s = applyEffects(previous, previous.pendingEffects);
  const t = s.t + 1;
  // Reference units of spending (no closure: this runs every year of every run).
  const scale = b.costScaleUsdM;

  // Budget, leakage and the donor programme.
  const donorSupportUsdM = shocks.donorExit ? 0 : s.donorSupportUsdM;
  const spending = allocateBudget(model, decisions, s.budgetUsdM, donorSupportUsdM);
  const eff = spending.effectiveUsdM;
  const incentives = splitIncentives(model, decisions, eff.incentives);
  const standards = standardsStrength(model, decisions, eff.incentives);

  // Lagged builds: what arrives this year.
  const infraPipe = advancePipeline(s.pipelines.infrastructure, 'infrastructure', eff.infrastructure);
  const trainPipe = advancePipeline(s.pipelines.training, 'training', eff.training);
  const researchPipe = advancePipeline(s.pipelines.research, 'research', eff.research);

  // Stocks.
  const infrastructure = nextInfrastructure(model, s.infrastructure, infraPipe.arrivingUsdM);
  const infrastructureServices = nextInfrastructureServices(model, s.infrastructureServices, infrastructure);
  const skills = nextSkills(model, s.skills, trainPipe.arrivingUsdM);
  const skillEffect = nextSkillEffect(model, s.skillEffect, skills);
  const research = nextResearch(model, s.research, researchPipe.arrivingUsdM);
  const jointCapital = nextJointCapital(model, s.jointCapital, incentives.toJointUsdM);
  // Donor cluster programmes fund networks and business services (UNIDO, USAID: seed paper).
  const donorProjects = nextJointCapital(model, s.donorProjects, spending.donorEffectiveUsdM);
  const collaboration = jointCapital + donorProjects;

  // Quality: certification, research, SME investment and the upgrading phase.
  const payoff = researchPayoffGain(model, research, skills, s.productivity);
  const upgrading = upgradingGate(model, skills, s.trust);
  const quality = nextQuality(
    model,
    s.quality,
    certificationQualityGain(model, eff.trade, skills) +
      researchQualityGain(model, payoff) +
      subsidyQualityGain(model, incentives.toSmeUsdM, skills) +
      p.upgradeQuality * upgrading,
  );

  // Demand from outside: export orders won by promotion and quality, lost with buyers, moved by
  // world demand and the exchange rate.
  const exportShareBeforeStandard = nextExportShare(model, s.exportShare, eff.trade, quality, skills, shocks.buyerExit);
  // A new buyer standard: orders lost or won by how ready the cluster is (buyer-standards.ts).
  const exportShare = exportShareAfterStandard(model, exportShareBeforeStandard, shocks.buyerStandard, {
    quality,
    skills,
    trust: s.trust,
    collaboration,
  });
  const worldDemandLog = nextWorldDemandLog(model, s.worldDemandLog, shocks.worldDemand, t);
  const exchangeRateLog = nextExchangeRateLog(s.exchangeRateLog, shocks.exchangeRate);
  const demand = demandFactor(
    model,
    exportShare,
    worldDemandLog,
    exchangeRateLog,
    inputCostExportEffect(model, decisions.tariff),
  );

  // SME margins drive entry and exit.
  const margin = smeMargin(model, {
    smeFirms: s.smeFirms,
    t: s.t,
    protection: protectionMarginEffect(model, decisions.tariff),
    subsidy: subsidyMarginEffect(model, incentives.toSmeUsdM, s.smeOutputUsdM, s.skills),
    infrastructure: infrastructureMarginEffect(model, infrastructure),
    cyclical: CYCLICAL_MARGIN * (demand - 1),
    qualityLift: QUALITY_MARGIN * (s.quality - b.quality),
    standardsCost: p.standardsMarginCost * standards,
    largeCompetition:
      p.largeCompetition * Math.max(0, ratioOr(s.outputUsdM - s.smeOutputUsdM, s.outputUsdM, 0) - b.largeOutputShare),
  });
  const smeMarginExpected = nextExpectedMargin(model, s.smeMarginExpected, margin);
  // Enforced standards push out informal workshops that cannot comply, the worse conditions are the more.
  // Upgrading shakes out the workshops that cannot follow: buyers move to better products (Sonobe & Otsuka's quality phase).
  const complianceExit =
    p.complianceExit * standards * Math.max(0, 1 - s.workingConditions / 0.6) +
    p.qualityShakeout * Math.max(0, quality - s.quality);
  const trend = trendGrowthAt(model, s.t);
  const rates = smeNetEntryRate(model, margin, smeMarginExpected, trend, complianceExit);
  const graduates = graduatingSmes(model, s.smeFirms, upgrading);
  const smeFirms = Math.max(1, s.smeFirms * (1 + rates.entry - rates.exit) * (1 - shocks.accident) - graduates);

  // Large firms and foreign plants.
  const plantsLost = shocks.tncExit > 0 ? Math.min(s.foreignFirms, Math.max(1, shocks.tncExit * s.foreignFirms)) : 0;
  const plantsAttracted = foreignPlantsAttracted(
    model,
    incentives.toForeignUsdM,
    s.largeFirms,
    b.largeSizeUsdM * s.productivity,
  );
  const largeGrowth = trend + largeExpansionRate(model, incentives.toLargeUsdM);
  const largeFirms = Math.max(
    0,
    s.largeFirms * (1 + largeGrowth) + plantsAttracted - plantsLost + ratioOr(graduates * b.smeSizeUsdM, b.largeSizeUsdM, 0),
  );
  const foreignFirms = Math.min(largeFirms, Math.max(0, s.foreignFirms * (1 + trend) + plantsAttracted - plantsLost));

  // Productivity.
  const growth = productivityGrowth(model, {
    research: researchProductivityGrowth(model, payoff),
    joint: jointProductivityGrowth(model, collaboration, s.trust),
    trust: trustSpilloverGrowth(model, s.trust),
    protection: protectionProductivityDrag(model, decisions.tariff),
    selection: selectionGain(rates.exit),
    foreignTechnology: foreignTechnologyGrowth(model, s.fdi),
  });
  const productivity = s.productivity * Math.exp(growth);

  // Output.
  const perFirmFactor = outputPerFirmFactor(model, productivity, skillEffect, infrastructureServices, quality, demand);
  let smeOutputUsdM = smeFirms * b.smeSizeUsdM * perFirmFactor;
  let largeOutputUsdM = largeFirms * b.largeSizeUsdM * perFirmFactor;

  // Jobs: firms carry their jobs; output per firm moves jobs with the employment elasticity.
  // Productivity and skills gained this year save labour: output per firm from them makes fewer jobs.
  const labourProductivityRatio = ratioOr(productivity, s.productivity, 1) * Math.exp(skillEffect - s.skillEffect);
  const smePerFirmBefore = s.smeOutputUsdM / s.smeFirms;
  let smeEmployment = segmentEmployment(
    model,
    smeFirms,
    s.smeEmployment / s.smeFirms,
    ratioOr(smeOutputUsdM / smeFirms, smePerFirmBefore, 1),
    labourProductivityRatio,
  );
  const largeOutputBefore = s.outputUsdM - s.smeOutputUsdM;
  let largeEmployment =
    s.largeFirms > 0 && largeOutputBefore > 0
      ? segmentEmployment(
          model,
          largeFirms,
          s.largeEmployment / s.largeFirms,
          ratioOr(largeOutputUsdM, largeFirms, 0) / (largeOutputBefore / s.largeFirms),
          labourProductivityRatio,
        )
      : largeFirms * b.jobsPerLarge;

  // The labour force: natural growth plus migrants drawn by last year's tight labour market. Jobs
  // beyond what it can fill stay empty, and the output they would have made is not made.
  const migration = migrationRate(model, s.laborSurplus);
  const laborForce = nextLaborForce(model, s.laborForce, migration);
  const jobsWanted = smeEmployment + largeEmployment;
  const jobsCap = maxEmployment(model, laborForce);
  if (jobsWanted > jobsCap && jobsWanted > 0) {
    const filled = jobsCap / jobsWanted;
    smeEmployment *= filled;
    largeEmployment *= filled;
    smeOutputUsdM *= filled ** LABOUR_OUTPUT_ELASTICITY;
    largeOutputUsdM *= filled ** LABOUR_OUTPUT_ELASTICITY;
  }
  const outputUsdM = smeOutputUsdM + largeOutputUsdM;
  const employment = smeEmployment + largeEmployment;
  const laborSurplus = laborSurplusOf(employment, laborForce);
  const valueAddedPerWorkerUsd = ratioOr(outputUsdM * 1e6, employment, 0);

  const wageUsdPerDay = nextWage(
    model,
    s.wageUsdPerDay,
    logRatio(valueAddedPerWorkerUsd, s.valueAddedPerWorkerUsd),
    skills - s.skills,
    laborSurplus,
  );

  // Foreign ownership and dependence.
  const fdi = largeFirms > 0 && outputUsdM > 0 ? (largeOutputUsdM / outputUsdM) * (foreignFirms / largeFirms) : 0;
  const externalDependence = externalDependenceOf(exportShare, fdi, donorShareOf(donorSupportUsdM, s.budgetUsdM));

  // Working conditions and trust.
  const marginShortfall = Math.max(0, p.normalMargin - margin);
  const workingConditions = nextWorkingConditions(
    model,
    s.workingConditions,
    conditionsTarget(model, {
      quality,
      crowding: Math.max(0, Math.log(smeFirms / supportedSmeFirms(model, t))),
      marginShortfall,
      externalDependence,
      skills,
      buyerCodes: saturate(eff.trade / scale) * exportShare,
      standards,
      migration,
    }),
  );
  const trust = nextTrust(
    model,
    s.trust,
    trustTarget(model, ratioOr(largeEmployment, employment, 0), marginShortfall, jointTrustLift(model, collaboration)),
  );

  // Poverty follows poor households' labour income per head.
  const smeShare = ratioOr(smeEmployment, employment, 1);
  const incomeGrowth = logRatio(
    poorHouseholdsLabourIncome(model, smeEmployment, largeEmployment, wageUsdPerDay, laborForce),
    poorHouseholdsLabourIncome(
      model,
      previous.smeEmployment,
      previous.largeEmployment,
      previous.wageUsdPerDay,
      previous.laborForce,
    ),
  );
  // Prices the poor pay: the tariff on the goods they buy, and rents pushed up by migrants.
  const priceChangeLog =
    tariffPriceChangeLog(model, s.tariff, decisions.tariff) + housingCostChangeLog(model, migration);
  const poverty = nextPoverty(model, s.poverty, incomeGrowth, smeShare, priceChangeLog);

  const reasons = approvalReasons(model, {
    smeSupport: incentives.toSmeUsdM / scale,
    largeSupport: (incentives.toLargeUsdM + incentives.toForeignUsdM) / scale,
    infrastructure: eff.infrastructure / scale,
    training: eff.training / scale,
    research: eff.research / scale,
    joint: incentives.toJointUsdM / scale,
    trade: eff.trade / scale,
    tariff: decisions.tariff,
    marginGap: margin - p.normalMargin,
    standards: decisions.laborStandards,
    employmentGrowthLog: logRatio(employment, previous.employment),
    workingConditions,
    povertyChange: poverty - previous.poverty,
    accident: shocks.accident,
    leakage: spending.leakage,
    // Each stakeholder hears how the people it speaks for fared (groups.ts).
    groups: groupIncomeGrowth(model, previous, {
      t,
      smeFirms,
      largeFirms,
      foreignFirms,
      smeEmployment,
      largeEmployment,
      outputUsdM,
      smeOutputUsdM,
      wageUsdPerDay,
      workingConditions,
      quality,
      tariff: decisions.tariff,
      laborForce,
    }),
  });
  const approval = nextApproval(model, s.approval, reasons, abruptChangeCost(s.decisions, decisions));

  const next: ClusterState = {
    ...s,
    year: s.year + 1,
    t,
    smeFirms,
    largeFirms,
    foreignFirms,
    employment,
    smeEmployment,
    largeEmployment,
    outputUsdM,
    smeOutputUsdM,
    growthPct: 100 * (ratioOr(outputUsdM, previous.outputUsdM, 1) - 1),
    productivity,
    skillEffect,
    quality,
    skills,
    infrastructure,
    infrastructureServices,
    research,
    trust,
    exportShare,
    fdi,
    externalDependence,
    wageUsdPerDay,
    workingConditions,
    smeMargin: margin,
    smeMarginExpected,
    tariff: decisions.tariff,
    poverty,
    laborSurplus,
    laborForce,
    smeShare,
    valueAddedPerWorkerUsd,
    upgrading,
    worldDemandLog,
    exchangeRateLog,
    jointCapital,
    donorProjects,
    donorSupportUsdM,
    pipelines: { infrastructure: infraPipe.pipeline, training: trainPipe.pipeline, research: researchPipe.pipeline },
    approval,
    budgetSpentUsdM: spending.totalSpentUsdM,
    decisions,
    shocks,
  };
  return { next, approvalReasons: reasons };
}
