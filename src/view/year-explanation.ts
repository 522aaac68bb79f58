// Why did the year's outcomes change? What would have happened with no new policy (the baseline
// run's own explanation: its shocks, events, trend and the donors' projects), plus what the
// player's policy changed this year: the year's change in each decision's share of the gap from
// no new policy (policy-credit.ts). Earlier spending that keeps paying is credited to its lever, not
// hidden in the trend, and the parts add up to the year's change in the game. Pure; no DOM.
import type { GameContext } from '../flow';
import type { Attribution, AttributionEntry } from '../model';
import { explainedBaselineRun } from './baseline';
import { policyCredit, type PolicyCredit } from './policy-credit';

/** The game's policy credit over the years played (null before a game starts). */
export function creditOf(context: GameContext): PolicyCredit | null {
  const { scenario } = context;
  const start = context.history[0]?.decisions;
  if (!scenario || !start || context.log.length === 0) return null;
  // The choice after the last year played shapes only the next year: leaving it out keeps the split
  // (and its cache) the same before and after the player answers the event.
  const played = context.log.slice(0, context.history.length - 1).map((entry, i, all) => (i === all.length - 1 ? { decisions: entry.decisions } : entry));
  return policyCredit({ ...context, scenario }, played, start);
}

/**
 * The explanation of year k (1-based): the baseline's entries, then one 'lever' entry per decision
 * the player used (its cause names the decision; 'events' for the event choices). Null when year k
 * was not played.
 */
export function yearExplanation(context: GameContext, k: number): Attribution | null {
  const { scenario } = context;
  const before = context.history[k - 1];
  const after = context.history[k];
  const credit = creditOf(context);
  if (!scenario || !before || !after || !credit || k > credit.years) return null;
  const base = explainedBaselineRun({ ...context, scenario }).attributions[k - 1];
  if (!base) return null;
  const now = credit.byYear[k - 1];
  const earlier = credit.byYear[k - 2];
  const policy: AttributionEntry[] = credit.factors.map((factor) => {
    const a = now?.[factor];
    const b = earlier?.[factor];
    return {
      cause: factor,
      kind: 'lever',
      outputUsdM: (a?.outputUsdM ?? 0) - (b?.outputUsdM ?? 0),
      employment: (a?.employment ?? 0) - (b?.employment ?? 0),
      poverty: (a?.poverty ?? 0) - (b?.poverty ?? 0),
    };
  });
  return {
    total: {
      outputUsdM: after.outputUsdM - before.outputUsdM,
      employment: after.employment - before.employment,
      poverty: after.poverty - before.poverty,
    },
    entries: [...base.entries.filter((e) => e.kind !== 'lever'), ...policy],
  };
}
