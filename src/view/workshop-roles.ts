// Roles within a workshop team: the three ministers, the small firms' association and a
// multinational's representative, each with a brief and concerns from the scenario file. Each role
// speaks for a constituency of the stakeholder approval the model keeps (mechanisms/approval.ts):
//   Minister of Industry   the cluster's firms: small firms and large firms, half each
//   Minister of Finance    the donors, who watch leakage, protection and what the budget buys
//   Minister of Labor     the workers
//   SME association        the small firms
//   TNC representative     the large firms and multinationals
// A constituency is unhappy when its approval is below 40 (on the HUD's 0-100 scale) or fell by 5
// points or more in the year; the reasons are the approval's own split by cause (hud.ts). Pure; no DOM.
import { modelFor, type GameContext } from '../flow';
import { STAKEHOLDERS, type ApprovalPart, type ClusterState, type Stakeholder } from '../model';
import type { RoleId, Scenario, ScenarioRole } from '../scenario';
import { approvalReasonsFor, lastApprovalParts, type ApprovalParts, type ReasonView } from './hud';
import { msg, type Msg } from './report';

export const ROLE_CONSTITUENCIES: Readonly<Record<RoleId, Partial<Record<Stakeholder, number>>>> = {
  industry: { sme: 0.5, large: 0.5 },
  finance: { donors: 1 },
  labor: { workers: 1 },
  sme: { sme: 1 },
  tnc: { large: 1 },
};

export const ROLE_LABELS: Readonly<Record<RoleId, Msg>> = {
  industry: msg('Minister of Industry'),
  finance: msg('Minister of Finance'),
  labor: msg('Minister of Labor'),
  sme: msg('SME association'),
  tnc: msg('TNC representative'),
};

/** Below this approval (0..1) a constituency is unhappy. */
export const UNHAPPY_BELOW = 0.4;
/** A fall of at least this much in one year (0..1) also makes it unhappy. */
export const UNHAPPY_DROP = 0.05;

export interface RoleMood {
  role: RoleId;
  label: Msg;
  /** The constituency's approval, 0..1. */
  approval: number;
  /** Its change over the last year, 0..1 (null in the first year). */
  change: number | null;
  unhappy: boolean;
  /** Why it is unhappy: approval low, or falling fast (low wins when both). */
  why: 'low' | 'falling' | null;
  /** What pulled it down this year, biggest first (the HUD's reasons, only those going down). */
  reasons: ReasonView[];
}

/** The constituency's approval: its groups' approval, weighted. */
export function constituencyApproval(role: RoleId, approval: ClusterState['approval']): number {
  const weights = ROLE_CONSTITUENCIES[role];
  return STAKEHOLDERS.reduce((sum, group) => sum + (weights[group] ?? 0) * approval[group], 0);
}

/** The parts of the year's change in the constituency's approval, weighted like its approval. */
function constituencyParts(role: RoleId, parts: ApprovalParts): ApprovalPart[] {
  const weights = ROLE_CONSTITUENCIES[role];
  return STAKEHOLDERS.flatMap((group) => {
    const w = weights[group] ?? 0;
    return w === 0 ? [] : parts[group].map((p) => ({ ...p, effect: p.effect * w }));
  });
}

/** How each role's constituency feels after the year that ends in `now`. */
export function roleMoods(
  roles: readonly RoleId[],
  now: ClusterState,
  before: ClusterState | null,
  parts: ApprovalParts | null,
): RoleMood[] {
  return roles.map((role) => {
    const approval = constituencyApproval(role, now.approval);
    const change = before ? approval - constituencyApproval(role, before.approval) : null;
    const low = approval < UNHAPPY_BELOW;
    const falling = change !== null && change <= -UNHAPPY_DROP;
    const reasons =
      parts && change !== null
        ? approvalReasonsFor(constituencyParts(role, parts), { change: change * 100, limit: 3 }).filter(
            (r) => r.direction === 'down',
          )
        : [];
    return {
      role,
      label: ROLE_LABELS[role],
      approval,
      change,
      unhappy: low || falling,
      why: low ? 'low' : falling ? 'falling' : null,
      reasons,
    };
  });
}

/** The unhappiest role: the unhappy one with the lowest approval (null when all are content). */
export function unhappiestRole(moods: readonly RoleMood[]): RoleMood | null {
  return moods
    .filter((m) => m.unhappy)
    .reduce<RoleMood | null>((worst, m) => (!worst || m.approval < worst.approval ? m : worst), null);
}

/** The scenario's roles (none when the file has none). */
export function scenarioRoles(scenario: Scenario): ScenarioRole[] {
  return scenario.roles ?? [];
}

/** How the roles of the game's scenario feel at its last year; empty before a year is played or without roles. */
export function selectRoleMoods(context: GameContext): RoleMood[] {
  const { scenario, history } = context;
  if (!scenario || history.length < 2) return [];
  const roles = scenarioRoles(scenario).map((r) => r.role);
  if (roles.length === 0) return [];
  const now = history[history.length - 1] as ClusterState;
  const before = history[history.length - 2] as ClusterState;
  return roleMoods(roles, now, before, lastApprovalParts(modelFor(scenario, context.difficulty), history));
}
