// Plain-language names for the model's terms, shared by every screen (wrapped in t() where shown).
import type { AttributionCause, Lever, Limitation, Stakeholder } from '../model';
import type { ClusterType } from '../scenario';
import type { PolicyFactor } from './policy-credit';

export const LIMITATION_LABELS: Record<Limitation, string> = {
  smeDominance: 'Dominance of small firms',
  lowValueAdded: 'Low value-added specialisation',
  weakMacroEnvironment: 'Weak macro environment',
  externalDependence: 'External dependence',
  poorWorkingConditions: 'Poor working conditions',
  erodingTrust: 'Eroding trust',
};

export const LIMITATION_HINTS: Record<Limitation, string> = {
  smeDominance: 'Many small firms without managerial and technical skills compete on price.',
  lowValueAdded: 'Low skills tie the cluster to cheap, low-quality products.',
  weakMacroEnvironment: 'Poor roads and power, leaky budgets and shifting trade policy hold firms back.',
  externalDependence: 'Foreign buyers, multinationals and donors decide much of what happens.',
  poorWorkingConditions: 'Low wages, unsafe work and no contracts: competitiveness bought with workers\' welfare.',
  erodingTrust: 'Fierce competition and big firms pulling away weaken cooperation between firms.',
};

/** Budget line names, as on the sliders (tests and screen readers rely on these). */
export const LEVER_LABELS: Record<Lever, string> = {
  infrastructure: 'Infrastructure',
  training: 'Training',
  research: 'Research centers',
  incentives: 'Incentives',
  trade: 'Trade policy',
};

export const STAKEHOLDER_LABELS: Record<Stakeholder, string> = {
  sme: 'Small firms',
  large: 'Large firms and TNCs',
  workers: 'Workers',
  donors: 'Donors',
};

export const CLUSTER_TYPE_LABELS: Record<ClusterType, string> = {
  survival: 'Survival cluster of small firms',
  'mass-producers': 'Mass producers',
  tnc: 'Cluster of multinational plants',
};

/**
 * The player's decisions as credited for the difference from no new policy (policy-credit.ts): the
 * budget lines, the tariff, the incentive target, the labour-standards rule and the event choices.
 */
export const POLICY_LABELS: Record<PolicyFactor, string> = {
  infrastructure: 'Infrastructure',
  training: 'Training',
  research: 'Research centers',
  incentives: 'Incentives',
  trade: 'Trade promotion',
  tariff: 'Tariff',
  incentiveTarget: 'Incentive target',
  laborStandards: 'Labor-standards rule',
  events: 'Event choices',
};

/** The same as bars of the year's "why" chart, beside the shocks and the trend. */
export const YOUR_POLICY_LABELS: Record<PolicyFactor, string> = {
  infrastructure: 'Your infrastructure',
  training: 'Your training',
  research: 'Your research centers',
  incentives: 'Your incentives',
  trade: 'Your trade promotion',
  tariff: 'Your tariff',
  incentiveTarget: 'Your incentive target',
  laborStandards: 'Your labor standards',
  events: 'Your event choices',
};

/** The same inside a sentence ("+4.2 from your training so far"). */
export const POLICY_WORDS: Record<PolicyFactor, string> = {
  infrastructure: 'your infrastructure spending so far',
  training: 'your training so far',
  research: 'your research centers so far',
  incentives: 'your incentives so far',
  trade: 'your trade promotion so far',
  tariff: 'your tariff',
  incentiveTarget: 'your incentive target',
  laborStandards: 'your labor-standards rule',
  events: 'your event choices',
};

export const CAUSE_LABELS: Record<AttributionCause, string> = {
  ...LEVER_LABELS,
  tariff: 'Tariff change',
  incentiveTarget: 'New incentive target',
  laborStandards: 'Labor standards',
  donors: 'Donor programme',
  worldDemand: 'World demand',
  exchangeRate: 'Exchange rate',
  buyerExit: 'A buyer left',
  tncExit: 'A foreign plant left',
  donorExit: 'Donor programme ended',
  accident: 'Fire or accident',
  buyerStandard: 'New buyer standard',
  drift: 'Underlying trend',
  events: 'Your event choices',
  interactions: 'Combined effects',
};
