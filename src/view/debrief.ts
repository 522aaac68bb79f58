// The debrief: why the term ended, a scorecard graded against what was achievable (a fixed sample of
// plans run with the same seed, so the same luck: achievable.ts), the scenario's goals met or not,
// and one question per limitation of the seed paper answered with what happened in this game.
// Built from the history, the decision log, the baseline run and the sample. Pure; no DOM. Text
// comes out as messages (see report.ts).
import { modelFor, yearsPlayed, type GameContext } from '../flow';
import { INCENTIVE_TARGETS, LEVERS, LIMITATIONS, meanApproval, STAKEHOLDERS, type ClusterState, type IncentiveTarget, type Lever, type Limitation } from '../model';
import type { Scenario } from '../scenario';
import { achievableStandings, averageGrowthPct, GRADES, type Grade, type OutcomeStanding, type ScoreId } from './achievable';
import { baselineRun } from './baseline';
import { formatCount, formatNumber, formatPct, formatShare, formatUsd, formatUsdM, isolateFigure, roundTo, vt } from './format';
import { LIMITATION_LABELS, STAKEHOLDER_LABELS } from './labels';
import { index100, joinMsgs, msg, shockNotes, type Msg } from './report';
import { evaluateGoal, type GoalRow } from './goals';
import { selectCalibration, type CalibrationView } from './prediction';
import { shownScenario } from './scenario-text';

export { averageGrowthPct, GRADES, type Grade, type ScoreId };

// ---------------------------------------------------------------------------------------------
// Grades

/** What each grade means, for the legend: its band among the plans tried (GRADE_FLOORS in achievable.ts). */
export const GRADE_MEANINGS: Record<Grade, string> = {
  A: 'top tenth',
  B: 'top quarter',
  C: 'middle half',
  D: 'bottom quarter',
  E: 'bottom tenth',
};

export interface ScoreRow {
  id: ScoreId;
  /** English label. */
  label: string;
  yours: string;
  baseline: string;
  /** The difference with its unit and sign ("+2.4 points a year", "−9.3 points"). */
  difference: string;
  grade: Grade;
  /** 0-100: the share of the plans tried on the same luck that this result beats (ties count half). */
  percentile: number;
  /** Where the line stands in words ("Better than 85 % of the 64 plans tried on the same luck; the best reached 3.1 %"). */
  scale: Msg;
}

/** Signed with a real minus sign. */
function signedText(value: number, digits: number, unit = ''): string {
  const rounded = roundTo(value, digits);
  const text = formatNumber(Math.abs(rounded), { digits });
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${text}${unit}`;
}

// ---------------------------------------------------------------------------------------------
// Spending over the term

export interface TermSpending {
  /** Sum of the yearly budgets in force, US$ million. */
  budgetUsdM: number;
  spentUsdM: number;
  byLever: Record<Lever, number>;
  /** Incentive money by target, US$ million. */
  incentivesByTarget: Record<IncentiveTarget, number>;
  /** Spending lost to leakage before it had any effect, US$ million. */
  leakedUsdM: number;
  leakage: number;
  /** Years in which labor standards were a condition for incentives. */
  standardsYears: number;
}

export function termSpending(context: GameContext): TermSpending {
  const byLever = Object.fromEntries(LEVERS.map((l) => [l, 0])) as Record<Lever, number>;
  const incentivesByTarget = Object.fromEntries(INCENTIVE_TARGETS.map((t) => [t, 0])) as Record<IncentiveTarget, number>;
  let budgetUsdM = 0;
  let spentUsdM = 0;
  let standardsYears = 0;
  for (const s of context.history.slice(1)) {
    budgetUsdM += s.budgetUsdM;
    spentUsdM += s.budgetSpentUsdM;
    const shares = s.decisions.allocation;
    const sum = LEVERS.reduce((acc, l) => acc + shares[l], 0);
    for (const lever of LEVERS) byLever[lever] += sum > 0 ? (s.budgetSpentUsdM * shares[lever]) / sum : 0;
    incentivesByTarget[s.decisions.incentiveTarget] += sum > 0 ? (s.budgetSpentUsdM * shares.incentives) / sum : 0;
    if (s.decisions.laborStandards) standardsYears++;
  }
  const leakage = context.scenario ? Math.min(0.95, Math.max(0, modelFor(context.scenario, context.difficulty).params.leakage * context.difficulty.leakage)) : 0;
  return { budgetUsdM, spentUsdM, byLever, incentivesByTarget, leakedUsdM: spentUsdM * leakage, leakage, standardsYears };
}


// ---------------------------------------------------------------------------------------------
// The six limitations

export interface LimitationAnswer {
  limitation: Limitation;
  /** English label (LIMITATION_LABELS). */
  label: string;
  question: Msg;
  answer: Msg[];
  /** How heavily the scenario says it weighs on this cluster (0 when not listed). */
  weight: number;
  note: string | null;
}

const yearList = (years: number[]): Msg => joinMsgs(years.map((y) => msg('{year}', { year: String(y) })));
const idx = index100;
const usdM = (x: number) => formatUsdM(x, { digits: Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 1 ? 1 : 2 });

interface Facts {
  context: GameContext;
  scenario: Scenario;
  start: ClusterState;
  end: ClusterState;
  base: ClusterState | null;
  spending: TermSpending;
}

function baseNote(base: ClusterState | null, value: (s: ClusterState) => string): Msg {
  return base ? msg('{value} with no new policy', { value: value(base) }) : msg('no baseline for this year');
}

function answerSme(f: Facts): Msg[] {
  const { start, end, base, spending, context } = f;
  const params = f.scenario ? modelFor(f.scenario, context.difficulty).params : null;
  const answer: Msg[] = [
    msg('Small firms went from {from} to {to} ({base}), and their share of jobs from {shareFrom} to {shareTo}.', {
      from: formatNumber(start.smeFirms),
      to: formatNumber(end.smeFirms),
      base: baseNote(base, (s) => formatNumber(s.smeFirms)),
      shareFrom: formatShare(start.smeShare, { digits: 0 }),
      shareTo: formatShare(end.smeShare, { digits: 0 }),
    }),
  ];
  const byTarget = spending.incentivesByTarget;
  const parts: Msg[] = [];
  if (byTarget.all > 0.0005) {
    parts.push(
      msg('untargeted incentives ({amount}) went mostly to large firms, which capture about {capture} of them', {
        amount: usdM(byTarget.all),
        capture: formatShare(params?.largeFirmCapture ?? 0.7, { digits: 0 }),
      }),
    );
  }
  if (byTarget.sme > 0.0005) {
    parts.push(msg('{amount} of incentives were targeted at small firms', { amount: usdM(byTarget.sme) }));
  }
  if (byTarget.joint > 0.0005) parts.push(msg('{amount} funded joint projects of several firms', { amount: usdM(byTarget.joint) }));
  if (byTarget.fdi > 0.0005) parts.push(msg('{amount} went to attracting foreign plants', { amount: usdM(byTarget.fdi) }));
  answer.push(parts.length > 0 ? msg('Incentives: {parts}.', { parts: joinMsgs(parts) }) : msg('You spent nothing on incentives.'));
  answer.push(
    msg('Training got {amount}; workers’ skills went from {from} to {to}.', {
      amount: usdM(spending.byLever.training),
      from: idx(start.skills),
      to: idx(end.skills),
    }),
  );
  return answer;
}

function answerValueAdded(f: Facts): Msg[] {
  const { start, end, base, spending, context } = f;
  const answer: Msg[] = [
    msg('Quality (the share of output in higher value-added segments) went from {from} to {to} ({base}).', {
      from: formatShare(start.quality, { digits: 0 }),
      to: formatShare(end.quality, { digits: 0 }),
      base: baseNote(base, (s) => formatShare(s.quality, { digits: 0 })),
    }),
    msg('Value added per worker went from {from} to {to} a year ({base}).', {
      from: formatUsd(start.valueAddedPerWorkerUsd),
      to: formatUsd(end.valueAddedPerWorkerUsd),
      base: baseNote(base, (s) => formatUsd(s.valueAddedPerWorkerUsd)),
    }),
  ];
  const threshold = modelFor(f.scenario, context.difficulty).params.absorptiveThreshold;
  if (spending.byLever.research > 0.0005 && end.skills < threshold) {
    answer.push(
      msg('You spent {amount} on research centers, but research pays only once skills pass about {threshold}; they ended at {skills}.', {
        amount: usdM(spending.byLever.research),
        threshold: idx(threshold),
        skills: idx(end.skills),
      }),
    );
  } else {
    answer.push(
      msg('You spent {research} on research centers and {training} on training.', {
        research: usdM(spending.byLever.research),
        training: usdM(spending.byLever.training),
      }),
    );
  }
  return answer;
}

function answerMacro(f: Facts): Msg[] {
  const { start, end, base, spending } = f;
  const answer: Msg[] = [
    msg('The infrastructure stock (roads, power, water) went from {from} to {to} ({base}) after {amount} of spending.', {
      from: idx(start.infrastructure),
      to: idx(end.infrastructure),
      base: baseNote(base, (s) => idx(s.infrastructure)),
      amount: usdM(spending.byLever.infrastructure),
    }),
  ];
  if (spending.spentUsdM > 0.0005) {
    answer.push(
      msg('Of the {spent} you spent, about {lost} ({rate}) leaked away through weak institutions before it had any effect.', {
        spent: usdM(spending.spentUsdM),
        lost: usdM(spending.leakedUsdM),
        rate: formatShare(spending.leakage, { digits: 0 }),
      }),
    );
  } else {
    answer.push(msg('You spent none of the budget, so nothing leaked, but nothing was built either (leakage would have taken {rate}).', { rate: formatShare(spending.leakage, { digits: 0 }) }));
  }
  const swings = f.context.history.slice(1).filter((s) => Math.abs(s.shocks.exchangeRate) > 0.08);
  if (swings.length > 0) {
    answer.push(msg('The exchange rate swung sharply in {years}.', { years: yearList(swings.map((s) => s.year)) }));
  }
  if (Math.abs(end.tariff - start.tariff) > 0.005) {
    answer.push(msg('You moved the import tariff from {from} to {to}.', { from: formatShare(start.tariff, { digits: 0 }), to: formatShare(end.tariff, { digits: 0 }) }));
  }
  return answer;
}

function answerExternal(f: Facts): Msg[] {
  const { start, end, base } = f;
  const exports = msg('Exports went from {from} to {to} of output ({base})', {
    from: formatShare(start.exportShare, { digits: 0 }),
    to: formatShare(end.exportShare, { digits: 0 }),
    base: baseNote(base, (s) => formatShare(s.exportShare, { digits: 0 })),
  });
  const noForeign = start.fdi < 0.005 && end.fdi < 0.005 && end.foreignFirms < 0.5;
  const answer: Msg[] = [
    noForeign
      ? msg('{exports}; no foreign-owned plants operate here.', { exports })
      : msg('{exports}, and foreign-owned plants’ share of output from {fdiFrom} to {fdiTo}.', {
          exports,
          fdiFrom: formatShare(start.fdi, { digits: 0 }),
          fdiTo: formatShare(end.fdi, { digits: 0 }),
        }),
  ];
  const hits: Msg[] = [];
  for (const s of f.context.history.slice(1)) {
    for (const note of shockNotes(s.shocks)) {
      if (!note.harmful || note.kind === 'accident') continue;
      hits.push(msg('{what} in {year}', { year: String(s.year), what: note.phrase }));
    }
  }
  answer.push(hits.length > 0 ? msg('Shocks from outside: {list}.', { list: joinMsgs(hits) }) : msg('No large shock from outside hit the cluster this term.'));
  answer.push(msg('External dependence went from {from} to {to}.', { from: idx(start.externalDependence), to: idx(end.externalDependence) }));
  return answer;
}

function answerConditions(f: Facts): Msg[] {
  const { start, end, base, spending, context } = f;
  const answer: Msg[] = [
    msg('Working conditions went from {from} to {to} ({base}), and wages from {wageFrom} to {wageTo} a day.', {
      from: idx(start.workingConditions),
      to: idx(end.workingConditions),
      base: baseNote(base, (s) => idx(s.workingConditions)),
      wageFrom: formatUsd(start.wageUsdPerDay),
      wageTo: formatUsd(end.wageUsdPerDay),
    }),
  ];
  const fires: { year: number; workshops: number }[] = [];
  context.history.forEach((s, k) => {
    const before = context.history[k - 1];
    if (k > 0 && before && s.shocks.accident > 0) fires.push({ year: s.year, workshops: s.shocks.accident * before.smeFirms });
  });
  if (fires.length > 0) {
    answer.push(
      msg('Fires or accidents hit the workshops in {years}, destroying about {n} workshops in all.', {
        years: yearList(fires.map((x) => x.year)),
        n: formatNumber(fires.reduce((sum, x) => sum + x.workshops, 0)),
      }),
    );
  } else {
    answer.push(msg('No fire or serious accident hit the workshops.'));
  }
  answer.push(
    spending.standardsYears > 0
      ? msg('Labor standards were a condition for incentives in {n} of {m} years.', { n: spending.standardsYears, m: context.history.length - 1 })
      : msg('You never made labor standards a condition for incentives.'),
  );
  return answer;
}

function answerTrust(f: Facts): Msg[] {
  const { start, end, base, spending, context } = f;
  const answer: Msg[] = [
    msg('Trust between firms went from {from} to {to} ({base}).', {
      from: idx(start.trust),
      to: idx(end.trust),
      base: baseNote(base, (s) => idx(s.trust)),
    }),
  ];
  const reasons: Msg[] = [];
  const joint = spending.incentivesByTarget.joint;
  if (joint > 0.0005) reasons.push(msg('joint projects you funded ({amount}) built it up', { amount: usdM(joint) }));
  if (end.donorProjects > 0.001) reasons.push(msg('donor-funded projects helped'));
  const largeFrom = 1 - start.smeShare;
  const largeTo = 1 - end.smeShare;
  if (largeTo - largeFrom > 0.01) {
    reasons.push(msg('large firms’ share of jobs rose from {from} to {to}, which erodes it', { from: formatShare(largeFrom, { digits: 0 }), to: formatShare(largeTo, { digits: 0 }) }));
  } else if (largeFrom - largeTo > 0.01) {
    reasons.push(msg('large firms’ share of jobs fell from {from} to {to}, which helps', { from: formatShare(largeFrom, { digits: 0 }), to: formatShare(largeTo, { digits: 0 }) }));
  }
  const normal = modelFor(f.scenario, context.difficulty).params.normalMargin;
  if (end.smeMargin < normal - 0.01) {
    reasons.push(
      msg('fierce price competition squeezed small firms’ margins to {margin} (normal: {normal}), which erodes it', {
        margin: formatShare(end.smeMargin, { digits: 0 }),
        normal: formatShare(normal, { digits: 0 }),
      }),
    );
  }
  answer.push(
    reasons.length > 0
      ? msg('Why: {reasons}.', { reasons: joinMsgs(reasons) })
      : msg('It moved little: no joint projects, no big shift towards large firms, and no price war.'),
  );
  return answer;
}

const QUESTIONS: Record<Limitation, [string, (f: Facts) => Msg[]]> = {
  smeDominance: ['Did small firms grow stronger, or only more numerous?', answerSme],
  lowValueAdded: ['Did the cluster move up from cheap, low-quality products?', answerValueAdded],
  weakMacroEnvironment: ['How much did poor infrastructure and leaky budgets hold you back?', answerMacro],
  externalDependence: ['How exposed was the cluster to foreign buyers, multinationals and donors?', answerExternal],
  poorWorkingConditions: ['Did growth come at the workers’ expense?', answerConditions],
  erodingTrust: ['Did firms cooperate more, or less?', answerTrust],
};

// ---------------------------------------------------------------------------------------------
// The whole debrief

export interface YearRow {
  year: number;
  output: string;
  jobs: string;
  poverty: string;
  baseOutput: string | null;
  baseJobs: string | null;
  basePoverty: string | null;
}

export interface DebriefView {
  heading: Msg;
  scenarioName: string;
  endReason: 'term' | 'approval';
  /** Why the term ended, in one or two sentences. */
  endText: Msg;
  yearsPlayed: number;
  termYears: number;
  scorecard: ScoreRow[];
  overall: Grade;
  /** 0-100: the share of the plans tried that the term beats overall. */
  overallPercentile: number;
  /** How many plans were tried on the same luck. */
  plansTried: number;
  /** The overall standing in words. */
  standing: Msg[];
  goals: GoalRow[];
  goalsMet: number;
  limitations: LimitationAnswer[];
  years: YearRow[];
  /** The baseline ended before the game did (its approval collapsed): comparisons use its last year. */
  baselineShort: boolean;
  /** How the player's predictions held up over the term (prediction.ts). */
  calibration: CalibrationView | null;
}

function endTextOf(context: GameContext, n: number, end: ClusterState, start: ClusterState): Msg {
  if (context.endReason === 'approval') {
    const lowest = [...STAKEHOLDERS].sort((a, b) => end.approval[a] - end.approval[b])[0] ?? 'sme';
    return msg('Your term ended early: stakeholder approval collapsed in year {k} ({year}). Lowest of all: {group} at {value}.', {
      k: n,
      year: String(end.year),
      group: msg(STAKEHOLDER_LABELS[lowest]),
      value: idx(end.approval[lowest]),
    });
  }
  return msg('You served the full term: {n} years, {from} to {to}.', { n, from: String(start.year + 1), to: String(end.year) });
}

export function selectDebrief(context: GameContext): DebriefView | null {
  const scenario = context.scenario;
  const n = yearsPlayed(context);
  if (!scenario || n < 1) return null;
  const start = context.history[0] as ClusterState;
  const end = context.history[n] as ClusterState;
  const run = baselineRun(context);
  const baseStates = run?.states ?? [];
  const baseK = Math.min(n, baseStates.length - 1);
  const base = baseK >= 1 ? (baseStates[baseK] as ClusterState) : null;
  const spending = termSpending(context);

  const standings = achievableStandings(context);
  const plans = standings?.plans ?? 0;
  const stand = (id: ScoreId): OutcomeStanding => standings?.outcomes[id] ?? { percentile: 50, grade: 'C', best: Number.NaN };
  /** The row's grade, percentile and its standing in words, with the best value of the sample. */
  const graded = (id: ScoreId, best: (value: number) => string): Pick<ScoreRow, 'grade' | 'percentile' | 'scale'> => {
    const s = stand(id);
    return {
      grade: s.grade,
      percentile: s.percentile,
      scale: msg('Better than {share} of the {n} plans tried on the same luck; the best reached {best}', {
        share: formatShare(s.percentile / 100, { digits: 0 }),
        n: plans,
        best: Number.isFinite(s.best) ? best(s.best) : '–',
      }),
    };
  };

  const scorecard: ScoreRow[] = [];
  const growth = averageGrowthPct(start, end, n);
  const baseGrowth = base ? averageGrowthPct(start, base, baseK) : 0;
  scorecard.push({
    id: 'growth',
    label: 'Growth (average a year)',
    yours: formatPct(growth),
    baseline: base ? formatPct(baseGrowth) : '–',
    difference: signedText(growth - baseGrowth, 1, ` ${vt('points')}`),
    ...graded('growth', (v) => formatPct(v)),
  });
  const jobsDiffPct = base ? ((end.employment - base.employment) / base.employment) * 100 : 0;
  scorecard.push({
    id: 'jobs',
    label: 'Jobs',
    yours: formatCount(end.employment),
    baseline: base ? formatCount(base.employment) : '–',
    difference: base ? `${signedText(end.employment - base.employment, 0)} (${isolateFigure(signedText(jobsDiffPct, 1, ' %'))})` : '–',
    ...graded('jobs', (v) => formatCount(v)),
  });
  const povertyDiff = base ? (end.poverty - base.poverty) * 100 : 0;
  scorecard.push({
    id: 'poverty',
    label: 'Poverty',
    yours: formatShare(end.poverty),
    baseline: base ? formatShare(base.poverty) : '–',
    difference: signedText(povertyDiff, 1, ` ${vt('points')}`),
    ...graded('poverty', (v) => formatShare(v)),
  });
  const conditionsDiff = base ? end.workingConditions - base.workingConditions : 0;
  scorecard.push({
    id: 'conditions',
    label: 'Working conditions',
    yours: idx(end.workingConditions),
    baseline: base ? idx(base.workingConditions) : '–',
    difference: signedText(conditionsDiff * 100, 0),
    ...graded('conditions', idx),
  });
  const trustDiff = base ? end.trust - base.trust : 0;
  scorecard.push({
    id: 'trust',
    label: 'Trust between firms',
    yours: idx(end.trust),
    baseline: base ? idx(base.trust) : '–',
    difference: signedText(trustDiff * 100, 0),
    ...graded('trust', idx),
  });
  // "Budget use" (the share spent) is gone: spending is a means, and what it bought is already in
  // the lines above, while grading it against a baseline that never spends made "nothing spent"
  // "much worse" by definition. Support takes its place: the stakeholders' average approval, the
  // thing that ends a term early when it collapses, and an outcome of the player's choices.
  const support = meanApproval(end.approval);
  const baseSupport = base ? meanApproval(base.approval) : 0;
  scorecard.push({
    id: 'support',
    label: 'Stakeholder support',
    yours: idx(support),
    baseline: base ? idx(baseSupport) : '–',
    difference: signedText((support - baseSupport) * 100, 0),
    ...graded('support', idx),
  });
  const overall = standings?.overall.grade ?? 'C';
  const overallPercentile = standings?.overall.percentile ?? 50;
  const standing: Msg[] = [
    msg('Better than {share} of the {n} plans tried on the same luck, on all {m} measures taken together.', {
      share: formatShare(overallPercentile / 100, { digits: 0 }),
      n: plans,
      m: scorecard.length,
    }),
  ];
  if (context.endReason === 'approval') {
    standing.push(msg('Your term ended early, so every plan that kept support longer ranks above yours.'));
  }

  // Texts in the current language (goal labels, limitation notes, names); the numbers are the scenario's own.
  const shown = shownScenario(scenario);
  const goals = shown.goals.map((goal) => evaluateGoal(goal, end, base));

  const facts: Facts = { context, scenario, start, end, base, spending };
  const weights = new Map(shown.limitations.map((l) => [l.limitation, l]));
  const limitations = [...LIMITATIONS]
    .map((limitation): LimitationAnswer => {
      const [question, answer] = QUESTIONS[limitation];
      const listed = weights.get(limitation);
      return {
        limitation,
        label: LIMITATION_LABELS[limitation],
        question: msg(question),
        answer: answer(facts),
        weight: listed?.weight ?? 0,
        note: listed?.note ?? null,
      };
    })
    // The limitations that weigh most on this cluster first; the order is stable otherwise.
    .sort((a, b) => b.weight - a.weight);

  const years: YearRow[] = context.history.slice(1, n + 1).map((s, i) => {
    const b = baseStates[i + 1];
    return {
      year: s.year,
      output: formatUsdM(s.outputUsdM),
      jobs: formatNumber(s.employment),
      poverty: formatShare(s.poverty),
      baseOutput: b ? formatUsdM(b.outputUsdM) : null,
      baseJobs: b ? formatNumber(b.employment) : null,
      basePoverty: b ? formatShare(b.poverty) : null,
    };
  });

  return {
    heading: msg('Debrief: {name}', { name: shown.shortName }),
    scenarioName: shown.name,
    endReason: context.endReason === 'approval' ? 'approval' : 'term',
    endText: endTextOf(context, n, end, start),
    yearsPlayed: n,
    termYears: context.termYears,
    scorecard,
    overall,
    overallPercentile,
    plansTried: plans,
    standing,
    goals,
    goalsMet: goals.filter((g) => g.met).length,
    limitations,
    years,
    baselineShort: baseK < n,
    calibration: selectCalibration(context),
  };
}
