// "Who gains, who loses": each group's income and numbers at the end of a year against the
// no-new-policy run (baseline.ts: the same cluster and luck, spending nothing), from the model's
// groups (src/model/mechanisms/groups.ts). Drives the panel on each year report and the debrief
// (src/ui/groups-panel.ts) and its bar chart. Pure; no DOM.
import { modelFor, type GameContext } from '../flow';
import { GROUPS, groupsOf, type Group, type Groups } from '../model';
import { baselineState } from './baseline';
import { formatChange, formatList, formatNumber, formatPointChange, formatShare, formatSignedPct, formatUsd, relativeChangePct } from './format';
import { fill, type Translate } from './waterfall';

export const GROUP_LABELS: Record<Group, string> = {
  smeOwners: 'SME owners',
  largeOwners: 'Owners of large firms and TNCs',
  formalWorkers: 'Formal workers',
  informalWorkers: 'Informal workers and apprentices',
  womenWorkers: 'Women workers',
};

export interface GroupChangeRow {
  group: Group;
  label: string;
  /** Income per person per day (US$) and people, yours and no new policy's. */
  income: number;
  baselineIncome: number;
  people: number;
  baselinePeople: number;
  poverty: number;
  baselinePoverty: number;
  /** Percent differences from no new policy (0 where the baseline has nobody). */
  incomeChangePct: number;
  peopleChangePct: number;
  /** Poverty difference, percentage points. */
  povertyChangePoints: number;
  texts: { income: string; incomeChange: string; people: string; peopleChange: string; poverty: string; povertyChange: string };
}

export interface GroupsView {
  /** Year of the term (1-based) and the calendar year. */
  k: number;
  year: number;
  rows: GroupChangeRow[];
  /** One sentence for the chart's accessible name: starts "Who gains, who loses". */
  sentence: string;
}

/** A difference smaller than this many percent is no difference. */
const FLAT_PCT = 0.5;

/** The groups of both runs at the end of year k, or null before a game or when the baseline ended earlier. */
export function selectGroups(
  context: Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'termYears' | 'history'>,
  k: number,
  tr: Translate = fill,
): GroupsView | null {
  const { scenario, history } = context;
  const state = history[k];
  if (!scenario || !state || k < 1) return null;
  const base = baselineState(context, k);
  if (!base) return null;
  const model = modelFor(scenario, context.difficulty);
  return groupsView(groupsOf(model, state), groupsOf(model, base), k, state.year, tr);
}

export function groupsView(yours: Groups, baseline: Groups, k: number, year: number, tr: Translate = fill): GroupsView {
  const rows = GROUPS.map((group): GroupChangeRow => {
    const a = yours[group];
    const b = baseline[group];
    const incomeChangePct = b.people > 0 && a.people > 0 ? relativeChangePct(a.incomeUsdPerDay, b.incomeUsdPerDay) : 0;
    const peopleChangePct = relativeChangePct(a.people, b.people);
    const povertyChangePoints = (a.poverty - b.poverty) * 100;
    return {
      group,
      label: GROUP_LABELS[group],
      income: a.incomeUsdPerDay,
      baselineIncome: b.incomeUsdPerDay,
      people: a.people,
      baselinePeople: b.people,
      poverty: a.poverty,
      baselinePoverty: b.poverty,
      incomeChangePct,
      peopleChangePct,
      povertyChangePoints,
      texts: {
        income: formatUsd(a.incomeUsdPerDay),
        incomeChange: formatChange(incomeChangePct, { unit: '%' }),
        people: formatNumber(a.people),
        peopleChange: formatChange(peopleChangePct, { unit: '%' }),
        poverty: formatShare(a.poverty),
        povertyChange: formatPointChange(a.poverty - b.poverty),
      },
    };
  });
  return { k, year, rows, sentence: groupsSentence(rows, year, tr) };
}

/** A label inside a sentence: "Formal workers" -> "formal workers", but "SME owners" keeps its acronym. */
function inSentence(label: string): string {
  const [first = '', second = ''] = label;
  return second && second === second.toLocaleLowerCase() ? first.toLocaleLowerCase() + label.slice(1) : label;
}

/**
 * "Who gains, who loses in 2008, against no new policy: income per person higher for formal workers
 * (+12.0%) and SME owners (+3.1%); lower for informal workers and apprentices (-2.0%)." The signed
 * percentages and the list follow the language (Intl: "+12,0 %" in French; in Arabic the figure is
 * isolated left to right, so its sign and percent sign stay beside it), as does the list's "and".
 */
export function groupsSentence(rows: readonly GroupChangeRow[], year: number, tr: Translate = fill): string {
  const list = (picked: GroupChangeRow[]): string =>
    formatList(picked.map((r) => tr('{group} ({change})', { group: inSentence(tr(r.label)), change: formatSignedPct(r.incomeChangePct, { digits: 1 }) })));
  const gain = rows.filter((r) => r.incomeChangePct >= FLAT_PCT).sort((a, b) => b.incomeChangePct - a.incomeChangePct);
  const lose = rows.filter((r) => r.incomeChangePct <= -FLAT_PCT).sort((a, b) => a.incomeChangePct - b.incomeChangePct);
  const params = { year, gainers: list(gain), losers: list(lose) };
  if (gain.length > 0 && lose.length > 0)
    return tr('Who gains, who loses in {year}, against no new policy: income per person higher for {gainers}; lower for {losers}.', params);
  if (gain.length > 0) return tr('Who gains, who loses in {year}, against no new policy: income per person higher for {gainers}; no group lower.', params);
  if (lose.length > 0) return tr('Who gains, who loses in {year}, against no new policy: no group higher; income per person lower for {losers}.', params);
  return tr('Who gains, who loses in {year}, against no new policy: every group’s income per person about the same.', params);
}
