// Every cluster state goes through one object literal, so all states share one V8 shape. Objects
// made by spreading ({ ...s, x }) get a shape that depends on where the source came from (the
// start, a year, an event choice), and with states of many shapes every read in the year's
// mechanisms took a slow generic lookup: the run was several times slower.
import type { ClusterState } from './types';

/** A shallow copy of a state with its fields in the canonical order (the order of ClusterState). */
export function copyState(s: ClusterState): ClusterState {
  return {
    year: s.year,
    t: s.t,
    smeFirms: s.smeFirms,
    largeFirms: s.largeFirms,
    foreignFirms: s.foreignFirms,
    employment: s.employment,
    smeEmployment: s.smeEmployment,
    largeEmployment: s.largeEmployment,
    outputUsdM: s.outputUsdM,
    smeOutputUsdM: s.smeOutputUsdM,
    growthPct: s.growthPct,
    productivity: s.productivity,
    skillEffect: s.skillEffect,
    quality: s.quality,
    skills: s.skills,
    infrastructure: s.infrastructure,
    infrastructureServices: s.infrastructureServices,
    research: s.research,
    trust: s.trust,
    exportShare: s.exportShare,
    fdi: s.fdi,
    externalDependence: s.externalDependence,
    wageUsdPerDay: s.wageUsdPerDay,
    workingConditions: s.workingConditions,
    smeMargin: s.smeMargin,
    smeMarginExpected: s.smeMarginExpected,
    tariff: s.tariff,
    poverty: s.poverty,
    laborSurplus: s.laborSurplus,
    laborForce: s.laborForce,
    smeShare: s.smeShare,
    valueAddedPerWorkerUsd: s.valueAddedPerWorkerUsd,
    upgrading: s.upgrading,
    worldDemandLog: s.worldDemandLog,
    exchangeRateLog: s.exchangeRateLog,
    jointCapital: s.jointCapital,
    donorProjects: s.donorProjects,
    donorSupportUsdM: s.donorSupportUsdM,
    pipelines: s.pipelines,
    approval: s.approval,
    budgetSpentUsdM: s.budgetSpentUsdM,
    budgetUsdM: s.budgetUsdM,
    decisions: s.decisions,
    pendingEffects: s.pendingEffects,
    firedEvents: s.firedEvents,
    activeEvent: s.activeEvent,
    shocks: s.shocks,
    rng: s.rng,
  };
}
