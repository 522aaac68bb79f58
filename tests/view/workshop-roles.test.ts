import { describe, expect, it } from 'vitest';
import { STAKEHOLDERS, type ClusterState } from '../../src/model';
import { allScenarios, parseScenario, ROLE_IDS, scenarioById, ValidationError } from '../../src/scenario';
import {
  constituencyApproval,
  roleMoods,
  ROLE_CONSTITUENCIES,
  selectRoleMoods,
  unhappiestRole,
  UNHAPPY_BELOW,
} from '../../src/view/workshop-roles';
import { playSession, session, steady } from './workshop-fixtures';

const approval = (values: Partial<ClusterState['approval']>): ClusterState['approval'] => ({
  sme: 0.6,
  large: 0.6,
  workers: 0.6,
  donors: 0.6,
  ...values,
});
const stateWith = (a: ClusterState['approval']): ClusterState => ({ ...scenarioStart(), approval: a });
function scenarioStart(): ClusterState {
  return playSession(session(), steady({}), 1).history[0] as ClusterState;
}

describe('roles in the scenario files', () => {
  it('are written for every scenario, each role at most once, with a brief and concerns', () => {
    for (const scenario of allScenarios()) {
      const roles = scenario.roles ?? [];
      expect(roles.length, scenario.id).toBeGreaterThanOrEqual(4);
      expect(new Set(roles.map((r) => r.role)).size).toBe(roles.length);
      for (const role of roles) {
        expect(role.brief.length).toBeGreaterThan(80);
        expect(role.concerns.length).toBeGreaterThanOrEqual(3);
      }
      // Clusters with large firms have a role for them.
      if (scenario.initial.largeFirms > 0) expect(roles.map((r) => r.role)).toContain('tnc');
    }
  });

  it('are optional (a file without them still validates) and checked when present', () => {
    const { roles: _roles, ...withoutRoles } = scenarioById('sialkot-surgical');
    expect(parseScenario(withoutRoles, 'no-roles.json').roles).toBeUndefined();
    const twice = {
      ...withoutRoles,
      roles: [
        { role: 'sme', brief: 'A.', concerns: ['b'] },
        { role: 'sme', brief: 'C.', concerns: ['d'] },
      ],
    };
    expect(() => parseScenario(twice, 'twice.json')).toThrow(ValidationError);
    expect(() => parseScenario(twice, 'twice.json')).toThrow(/role "sme" is given twice/);
    const unknown = { ...withoutRoles, roles: [{ role: 'mayor', brief: 'A.', concerns: ['b'] }] };
    expect(() => parseScenario(unknown, 'unknown.json')).toThrow(ValidationError);
    const noConcerns = { ...withoutRoles, roles: [{ role: 'sme', brief: 'A.', concerns: [] }] };
    expect(() => parseScenario(noConcerns, 'empty.json')).toThrow(ValidationError);
  });
});

describe("which role's constituency is unhappy", () => {
  it('maps every role to stakeholder groups whose weights sum to one', () => {
    for (const role of ROLE_IDS) {
      const weights = ROLE_CONSTITUENCIES[role];
      expect(STAKEHOLDERS.reduce((s, g) => s + (weights[g] ?? 0), 0)).toBeCloseTo(1, 12);
    }
    expect(constituencyApproval('industry', approval({ sme: 0.2, large: 0.8 }))).toBeCloseTo(0.5, 12);
    expect(constituencyApproval('labor', approval({ workers: 0.3 }))).toBe(0.3);
  });

  it('is the role whose constituency is low or fell fast, the lowest first', () => {
    const before = stateWith(approval({}));
    const now = stateWith(approval({ workers: UNHAPPY_BELOW - 0.05, donors: 0.52, sme: 0.58 }));
    const moods = roleMoods([...ROLE_IDS], now, before, null);
    const byRole = Object.fromEntries(moods.map((m) => [m.role, m]));
    expect(byRole.labor).toMatchObject({ unhappy: true, why: 'low' });
    expect(byRole.finance).toMatchObject({ unhappy: true, why: 'falling' });
    expect(byRole.sme).toMatchObject({ unhappy: false, why: null });
    expect(byRole.tnc?.unhappy).toBe(false);
    expect(unhappiestRole(moods)?.role).toBe('labor');
    expect(unhappiestRole(roleMoods([...ROLE_IDS], before, before, null))).toBeNull();
  });

  it('names what pulled the constituency down in a played game', () => {
    // A tariff jump to 60 %: large firms pay more for inputs, donors dislike protection.
    const settings = session({ roles: true }, 'tnc-cluster');
    const context = playSession(
      settings,
      {
        decide: (k) => (k < 3 ? { allocation: { training: 0.5, infrastructure: 0.5 } } : { tariff: 0.6 }),
      },
      3,
    );
    const moods = selectRoleMoods(context);
    expect(moods.map((m) => m.role)).toEqual(['industry', 'finance', 'labor', 'sme', 'tnc']);
    const tnc = moods.find((m) => m.role === 'tnc');
    expect(tnc?.unhappy).toBe(true);
    expect(tnc?.reasons.length).toBeGreaterThan(0);
    expect(tnc?.reasons.every((r) => r.direction === 'down')).toBe(true);
    expect(tnc?.reasons.map((r) => r.words).join(' ')).toMatch(/tariff|abrupt/);
  });
});
