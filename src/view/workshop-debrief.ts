// The session's generated debrief: what the best teams did differently from the rest (their
// allocations and rules compared), which of the seed paper's six limitations bit (read from each
// team's model state, with the rule for each below), and the questions to ask the room. Pure; no
// DOM. Text comes out as messages (report.ts).
//
// When a limitation bit a team (start = the start of the term, end = the team's last year):
//   dominance of small firms       fewer small firms at the end (by 3 % or more), or their margins
//                                  squeezed below the normal margin
//   low value-added specialisation quality up by less than 3 points
//   weak macro environment         a fifth or more of the money spent leaked away, or the
//                                  infrastructure stock still below 50/100 at the end
//   external dependence            a harmful shock from outside (a buyer or plant leaving, world
//                                  demand falling, the currency rising, the donors leaving, a
//                                  buyer's standard)
//   poor working conditions        a fire or accident, or working conditions below 40/100 at the end
//                                  or down by 2 points or more
//   eroding trust                  trust between firms down by 2 points or more
// A limitation bit the session when it bit at least half of the teams.
import { modelFor } from '../flow';
import {
  INCENTIVE_TARGETS,
  LEVERS,
  LIMITATIONS,
  type ClusterState,
  type IncentiveTarget,
  type Lever,
  type Limitation,
} from '../model';
import { termSpending } from './debrief';
import { formatNumber, formatShare } from './format';
import { LEVER_LABELS, LIMITATION_LABELS } from './labels';
import { index100, joinMsgs, msg, shockNotes, type Msg } from './report';
import { averageShares, rankTeams, teamAllocations, type RankingRow } from './workshop-dashboard';
import type { TeamRun } from './workshop-replay';
import { sessionScenario, type SessionSettings } from './workshop-session';

// ---------------------------------------------------------------------------------------------
// What the best teams did differently

/** Differences smaller than these are not worth a sentence. */
export const NOTABLE = { share: 0.05, tariff: 0.03, standards: 0.25 } as const;

export interface TeamHabits {
  teamName: string;
  /** Average share of the budget per line, and left unspent. */
  shares: Record<Lever | 'unspent', number>;
  tariff: number;
  /** Share of years with labor standards on. */
  standards: number;
  /** The incentive target held longest. */
  target: IncentiveTarget;
}

export function teamHabits(run: TeamRun): TeamHabits {
  const allocations = teamAllocations(run);
  const n = Math.max(1, allocations.years.length);
  const counts = new Map<IncentiveTarget, number>();
  for (const y of allocations.years) counts.set(y.incentiveTarget, (counts.get(y.incentiveTarget) ?? 0) + 1);
  const target = [...INCENTIVE_TARGETS].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] ?? 'all';
  return {
    teamName: run.teamName,
    shares: averageShares(allocations),
    tariff: allocations.years.reduce((s, y) => s + y.tariff, 0) / n,
    standards: allocations.years.filter((y) => y.laborStandards).length / n,
    target,
  };
}

export interface HabitDifference {
  topic: Lever | 'unspent' | 'tariff' | 'standards';
  top: number;
  bottom: number;
  text: Msg;
}

export interface BestTeamsView {
  /** The top and bottom groups by balanced score (a third of the teams each, at least one). */
  top: string[];
  bottom: string[];
  /** Differences between the groups' habits, largest first. */
  differences: HabitDifference[];
  /** Incentive targets the groups held longest, when they differ. */
  targets: { top: IncentiveTarget; bottom: IncentiveTarget } | null;
  summary: Msg;
}

const pts = (share: number) => formatNumber(Math.abs(share) * 100, { digits: 0 });

function mean(values: number[]): number {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function mostCommon(targets: IncentiveTarget[]): IncentiveTarget {
  return (
    [...INCENTIVE_TARGETS].sort(
      (a, b) => targets.filter((t) => t === b).length - targets.filter((t) => t === a).length,
    )[0] ?? 'all'
  );
}

/** The best third against the bottom third, by balanced score; null with fewer than two teams. */
export function bestTeamsView(rows: readonly RankingRow[], runs: readonly TeamRun[]): BestTeamsView | null {
  if (rows.length < 2) return null;
  const ranked = rankTeams(rows, 'balanced');
  const size = Math.max(1, Math.floor(ranked.length / 3));
  const top = ranked.slice(0, size).map((r) => r.teamName);
  const bottom = ranked.slice(-size).map((r) => r.teamName);
  const habits = new Map(runs.map((run) => [run.teamName, teamHabits(run)]));
  const group = (names: string[]) => names.map((n) => habits.get(n)).filter((h): h is TeamHabits => !!h);
  const t = group(top);
  const b = group(bottom);
  const differences: HabitDifference[] = [];
  for (const topic of [...LEVERS, 'unspent'] as const) {
    const tv = mean(t.map((h) => h.shares[topic]));
    const bv = mean(b.map((h) => h.shares[topic]));
    if (Math.abs(tv - bv) < NOTABLE.share) continue;
    const params = { top: pts(tv), bottom: pts(bv) };
    const text =
      topic === 'unspent'
        ? msg(
            tv > bv
              ? 'The best teams left more of the budget unspent: {top} % against {bottom} %.'
              : 'The best teams left less of the budget unspent: {top} % against {bottom} %.',
            params,
          )
        : msg(
            tv > bv
              ? 'The best teams put more of the budget into {line}: {top} % against {bottom} %.'
              : 'The best teams put less of the budget into {line}: {top} % against {bottom} %.',
            {
              ...params,
              line: msg(LEVER_LABELS[topic]),
            },
          );
    differences.push({ topic, top: tv, bottom: bv, text });
  }
  const tariffTop = mean(t.map((h) => h.tariff));
  const tariffBottom = mean(b.map((h) => h.tariff));
  if (Math.abs(tariffTop - tariffBottom) >= NOTABLE.tariff) {
    differences.push({
      topic: 'tariff',
      top: tariffTop,
      bottom: tariffBottom,
      text: msg(
        tariffTop > tariffBottom
          ? 'The best teams kept a higher tariff: {top} % against {bottom} %.'
          : 'The best teams kept a lower tariff: {top} % against {bottom} %.',
        {
          top: pts(tariffTop),
          bottom: pts(tariffBottom),
        },
      ),
    });
  }
  const stdTop = mean(t.map((h) => h.standards));
  const stdBottom = mean(b.map((h) => h.standards));
  if (Math.abs(stdTop - stdBottom) >= NOTABLE.standards) {
    differences.push({
      topic: 'standards',
      top: stdTop,
      bottom: stdBottom,
      text: msg(
        'The best teams tied incentives to labor standards in {top} % of their years, the others in {bottom} %.',
        { top: pts(stdTop), bottom: pts(stdBottom) },
      ),
    });
  }
  // Largest first: shares and the tariff in points, standards in quarters of the term.
  const weight = (d: HabitDifference) => Math.abs(d.top - d.bottom) * (d.topic === 'standards' ? 0.2 : 1);
  differences.sort((x, y) => weight(y) - weight(x));
  const targetTop = mostCommon(t.map((h) => h.target));
  const targetBottom = mostCommon(b.map((h) => h.target));
  const targets = targetTop !== targetBottom ? { top: targetTop, bottom: targetBottom } : null;
  return {
    top,
    bottom,
    differences,
    targets,
    summary:
      differences.length > 0 || targets
        ? msg('Best teams: {top}. Compared with {bottom}:', { top: top.join(', '), bottom: bottom.join(', ') })
        : msg(
            'The best teams ({top}) spent the budget much as the others did: what differed was timing and luck with events.',
            { top: top.join(', ') },
          ),
  };
}

// ---------------------------------------------------------------------------------------------
// Which limitations bit

export interface LimitationBite {
  bit: boolean;
  evidence: Msg;
}

/** Whether each limitation bit one team, with the figure that says so. */
export function limitationBites(settings: SessionSettings, run: TeamRun): Record<Limitation, LimitationBite> {
  const { context } = run;
  const history = context.history;
  const start = history[0] as ClusterState;
  const end = history[history.length - 1] as ClusterState;
  const params = modelFor(sessionScenario(settings), context.difficulty).params;
  const spending = termSpending(context);
  const years = history.slice(1);

  const smeFell = end.smeFirms < start.smeFirms * 0.97;
  const squeezed = end.smeMargin < params.normalMargin - 0.01;
  const quality = end.quality - start.quality;
  const leaked = spending.spentUsdM > 0 && spending.leakage >= 0.2;
  const external = years.flatMap((s) =>
    shockNotes(s.shocks)
      .filter((n) => n.harmful && n.kind !== 'accident')
      .map((n) => ({ year: s.year, what: n.phrase })),
  );
  const fires = years.filter((s) => s.shocks.accident > 0).map((s) => s.year);
  const conditionsDown = end.workingConditions - start.workingConditions <= -0.02;
  const trustDown = end.trust - start.trust <= -0.02;

  return {
    smeDominance: {
      bit: smeFell || squeezed,
      evidence: msg('Small firms went from {from} to {to}; their margin ended at {margin} (normal: {normal}).', {
        from: formatNumber(start.smeFirms),
        to: formatNumber(end.smeFirms),
        margin: formatShare(end.smeMargin, { digits: 0 }),
        normal: formatShare(params.normalMargin, { digits: 0 }),
      }),
    },
    lowValueAdded: {
      bit: quality < 0.03,
      evidence: msg('Quality went from {from} to {to}.', {
        from: formatShare(start.quality, { digits: 0 }),
        to: formatShare(end.quality, { digits: 0 }),
      }),
    },
    weakMacroEnvironment: {
      bit: leaked || end.infrastructure < 0.5,
      evidence: msg('Leakage took {rate} of the money spent; infrastructure ended at {infra}.', {
        rate: formatShare(spending.spentUsdM > 0 ? spending.leakage : 0, { digits: 0 }),
        infra: index100(end.infrastructure),
      }),
    },
    externalDependence: {
      bit: external.length > 0,
      evidence:
        external.length > 0
          ? msg('Shocks from outside: {list}.', {
              list: joinMsgs(external.map((e) => msg('{what} in {year}', { what: e.what, year: String(e.year) }))),
            })
          : msg('No large shock from outside hit the cluster this term.'),
    },
    poorWorkingConditions: {
      bit: fires.length > 0 || end.workingConditions < 0.4 || conditionsDown,
      evidence: msg('Working conditions went from {from} to {to}; fires or accidents: {fires}.', {
        from: index100(start.workingConditions),
        to: index100(end.workingConditions),
        fires: fires.length > 0 ? fires.join(', ') : '–',
      }),
    },
    erodingTrust: {
      bit: trustDown,
      evidence: msg('Trust between firms went from {from} to {to}.', {
        from: index100(start.trust),
        to: index100(end.trust),
      }),
    },
  };
}

export interface SessionLimitation {
  limitation: Limitation;
  label: string;
  /** How heavily the scenario says it weighs on this cluster (0 when not listed). */
  weight: number;
  /** The teams it bit. */
  teams: string[];
  /** It bit at least half of the teams. */
  bit: boolean;
  summary: Msg;
}

export function sessionLimitations(settings: SessionSettings, runs: readonly TeamRun[]): SessionLimitation[] {
  const scenario = sessionScenario(settings);
  const weights = new Map(scenario.limitations.map((l) => [l.limitation, l.weight]));
  const bites = runs.map((run) => ({ team: run.teamName, bites: limitationBites(settings, run) }));
  return [...LIMITATIONS]
    .map((limitation): SessionLimitation => {
      const teams = bites.filter((b) => b.bites[limitation].bit).map((b) => b.team);
      return {
        limitation,
        label: LIMITATION_LABELS[limitation],
        weight: weights.get(limitation) ?? 0,
        teams,
        bit: runs.length > 0 && teams.length * 2 >= runs.length,
        summary: msg('It bit {n} of {m} teams.', { n: teams.length, m: runs.length }),
      };
    })
    .sort((a, b) => Number(b.bit) - Number(a.bit) || b.teams.length - a.teams.length || b.weight - a.weight);
}

// ---------------------------------------------------------------------------------------------
// Questions for the room

/** The seed paper's six questions (the single-player debrief asks the same). */
export const LIMITATION_QUESTIONS: Readonly<Record<Limitation, Msg>> = {
  smeDominance: msg('Did small firms grow stronger, or only more numerous?'),
  lowValueAdded: msg('Did the cluster move up from cheap, low-quality products?'),
  weakMacroEnvironment: msg('How much did poor infrastructure and leaky budgets hold you back?'),
  externalDependence: msg('How exposed was the cluster to foreign buyers, multinationals and donors?'),
  poorWorkingConditions: msg('Did growth come at the workers’ expense?'),
  erodingTrust: msg('Did firms cooperate more, or less?'),
};

export interface WorkshopDebriefView {
  best: BestTeamsView | null;
  limitations: SessionLimitation[];
  /** Questions to ask: the differences between the best teams and the rest, then the limitations that bit. */
  questions: Msg[];
  /** The scenario's learning goals (scenario text, in its own language). */
  learningGoals: string[];
}

export function selectWorkshopDebrief(
  settings: SessionSettings,
  runs: readonly TeamRun[],
  rows: readonly RankingRow[],
): WorkshopDebriefView {
  const best = bestTeamsView(rows, runs);
  const limitations = sessionLimitations(settings, runs);
  const questions: Msg[] = [];
  const first = best?.differences.find((d) => d.topic !== 'unspent' && d.topic !== 'tariff' && d.topic !== 'standards');
  if (first) {
    questions.push(
      msg(
        first.top > first.bottom
          ? 'Why did putting more into {line} pay off here, and when did it start to?'
          : 'Why did the best teams put less into {line}? What did they do instead?',
        {
          line: msg(LEVER_LABELS[first.topic as Lever]),
        },
      ),
    );
  }
  if (best?.differences.some((d) => d.topic === 'tariff'))
    questions.push(msg('Who gained and who lost from the tariff the teams chose?'));
  if (best?.targets) questions.push(msg('Whom should incentives reach in this cluster, and why?'));
  for (const l of limitations.filter((x) => x.bit)) questions.push(LIMITATION_QUESTIONS[l.limitation]);
  return { best, limitations, questions, learningGoals: [...sessionScenario(settings).learningGoals] };
}
