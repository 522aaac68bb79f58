import { yearExplanation } from '../../src/view/year-explanation';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine, type GameContext } from '../../src/flow';
import { simulate, type AttributionEntry, type Decisions } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import {
  explainOutcome,
  MAX_PARTS,
  renderMsg,
  selectReport,
  selectReportFor,
  TINY_SHARE,
  type HeadlineRow,
} from '../../src/view/report';

type DecisionChange = Partial<Omit<Decisions, 'allocation'>> & { allocation?: Partial<Decisions['allocation']> };

const BALANCED: DecisionChange = {
  allocation: { infrastructure: 0.25, training: 0.3, research: 0.05, incentives: 0.3, trade: 0.1 },
  incentiveTarget: 'joint',
};

/** Plays `years` years with the same decisions (events get their default choice); stays in the last report. */
function play(id: string, seed: number, years: number, decisions: DecisionChange = BALANCED) {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: scenarioById(id), seed });
  actor.send({ type: 'BEGIN' });
  for (let k = 1; k <= years; k++) {
    if (k > 1) actor.send({ type: 'NEXT' });
    actor.send({ type: 'SET_DECISIONS', decisions });
    actor.send({ type: 'END_YEAR' });
    const snap = actor.getSnapshot();
    if (snap.matches('event')) {
      const eventId = snap.context.history.at(-1)?.activeEvent;
      const event = snap.context.scenario?.events.find((e) => e.id === eventId);
      const choice = event?.choices.find((c) => c.default) ?? event?.choices[0];
      actor.send({ type: 'CHOOSE', choiceId: choice?.id ?? '' });
    }
  }
  return actor.getSnapshot();
}

const row = (rows: HeadlineRow[], id: HeadlineRow['id']): HeadlineRow => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no ${id} row`);
  return found;
};

describe('the year report', () => {
  it('shows headline numbers with units and the direction of change vs last year and vs no new policy', () => {
    const snapshot = play('sialkot-surgical', 3, 4);
    const context = snapshot.context;
    const report = selectReportFor(snapshot);
    expect(report).not.toBeNull();
    if (!report) return;
    expect(report.k).toBe(4);
    expect(renderMsg(report.heading)).toBe(`Year ${context.history[4]?.year} report`);

    const now = context.history[4]!;
    const before = context.history[3]!;
    const base = simulate(context.scenario!, { seed: 3, years: context.termYears }).states[4]!;

    const output = row(report.headlines, 'output');
    expect(output.value).toMatch(/^US\$ [\d,.]+ m$/);
    expect(output.vsLastYear?.text).toMatch(/^[▲▼=] [\d.]+ %$/);
    expect(output.vsLastYear?.direction).toBe(now.outputUsdM > before.outputUsdM ? 'up' : 'down');
    expect(output.vsBaseline?.direction).toBe(now.outputUsdM > base.outputUsdM ? 'up' : 'down');
    expect(output.baselineValue).toMatch(/^US\$ /);

    const jobs = row(report.headlines, 'jobs');
    expect(jobs.value).toMatch(/^[\d,]+ jobs$/);
    expect(jobs.vsLastYear?.text).toMatch(/^[▲▼=] [\d,]+$/);
    expect(jobs.vsBaseline?.direction).toBe(now.employment > base.employment ? 'up' : 'down');
    expect(jobs.vsBaseline?.tone).toBe(now.employment > base.employment ? 'good' : 'bad');

    const poverty = row(report.headlines, 'poverty');
    expect(poverty.value).toMatch(/^[\d.]+ %$/);
    expect(poverty.vsLastYear?.text).toMatch(/points?$/);
    const povertyDown = now.poverty < before.poverty;
    expect(poverty.vsLastYear?.direction).toBe(povertyDown ? 'down' : 'up');
    // Less poverty is good news.
    expect(poverty.vsLastYear?.tone).toBe(povertyDown ? 'good' : 'bad');

    expect(row(report.headlines, 'growth').value).toMatch(/ %$/);
    expect(row(report.headlines, 'wages').value).toMatch(/^US\$ /);
    expect(row(report.headlines, 'conditions').value).toMatch(/^\d+\/100$/);
    expect(row(report.headlines, 'trust').value).toBe(`${Math.round(now.trust * 100)}/100`);
  });

  it('has no growth-vs-last-year in the first year, and a one-sentence summary for screen readers', () => {
    const snapshot = play('kamukunji-metalwork', 2, 1);
    const report = selectReport(snapshot.context)!;
    expect(row(report.headlines, 'growth').vsLastYear).toBeNull();
    expect(renderMsg(report.summary)).toMatch(
      /^\d{4}: output (up [\d.]+ %|down [\d.]+ %|unchanged), ([\d,]+ (more|fewer) jobs|no change in jobs), poverty (up [\d.]+ points|down [\d.]+ points|unchanged)\.$/,
    );
  });

  it('outside the report phase there is no report', () => {
    const snapshot = play('kamukunji-metalwork', 2, 1);
    const actor = createActor(gameMachine, { snapshot }).start();
    actor.send({ type: 'NEXT' });
    expect(selectReportFor(actor.getSnapshot())).toBeNull();
    actor.stop();
  });

  it('names the largest contributions, skips tiny ones, and its numbers add up with the rest to the total', () => {
    const entry = (cause: AttributionEntry['cause'], kind: AttributionEntry['kind'], poverty: number): AttributionEntry => ({
      cause,
      kind,
      outputUsdM: 0,
      employment: 0,
      poverty,
    });
    const entries = [
      entry('training', 'lagged', -0.008),
      entry('worldDemand', 'shock', 0.003),
      entry('drift', 'drift', -0.004),
      entry('infrastructure', 'lagged', -0.002),
      entry('trade', 'lever', -0.001),
      entry('interactions', 'interaction', 0.0001), // 1.25 % of the largest: too small to name
    ];
    const total = entries.reduce((sum, e) => sum + e.poverty, 0);
    const before = play('kamukunji-metalwork', 1, 1).context.history[0]!;
    const why = explainOutcome('poverty', entries, total, before, { shocks: { ...before.shocks, worldDemand: -0.1 } });
    expect(why.parts.map((p) => p.cause)).toEqual(['training', 'drift', 'worldDemand', 'infrastructure']);
    expect(why.parts).toHaveLength(MAX_PARTS);
    expect(why.parts.every((p) => Math.abs(p.value) >= TINY_SHARE * 0.8)).toBe(true);
    const named = why.parts.reduce((sum, p) => sum + p.value, 0);
    expect(named + why.rest).toBeCloseTo(total * 100, 10);
    expect(renderMsg(why.sentence)).toBe(
      'Poverty fell 1.2 points: −0.8 from earlier training, −0.4 from the underlying trend, +0.3 from a fall in world demand, −0.2 from earlier infrastructure spending and −0.1 from smaller effects.',
    );
  });

  it('explains every played year: the named parts and the rest sum to the total change', () => {
    const snapshot = play('sialkot-surgical', 5, 6);
    const context: GameContext = snapshot.context;
    for (let k = 1; k <= 6; k++) {
      const report = selectReport(context, k)!;
      const attribution = yearExplanation(context, k)!;
      for (const outcome of report.why!.outcomes) {
        const scale = outcome.outcome === 'poverty' ? 100 : 1;
        expect(outcome.total).toBeCloseTo(attribution.total[outcome.outcome] * scale, 9);
        const named = outcome.parts.reduce((sum, p) => sum + p.value, 0);
        expect(named + outcome.rest).toBeCloseTo(outcome.total, 9);
        // The named parts are the largest entries, largest first.
        const magnitudes = attribution.entries.map((e) => Math.abs(e[outcome.outcome] * scale)).sort((a, b) => b - a);
        outcome.parts.forEach((part, i) => expect(Math.abs(part.value)).toBeCloseTo(magnitudes[i]!, 12));
        // The table lists every entry.
        expect(report.why!.rows).toHaveLength(attribution.entries.length);
      }
    }
  });

  it('a year with a fire names it among the shocks and in the explanation', () => {
    let found: { context: GameContext; k: number } | null = null;
    for (let seed = 1; seed <= 60 && !found; seed++) {
      const snapshot = play('survival-cluster', seed, 4);
      const k = snapshot.context.history.findIndex((s, i) => i > 0 && s.shocks.accident > 0);
      if (k > 0) found = { context: snapshot.context, k };
    }
    expect(found).not.toBeNull();
    if (!found) return;
    const report = selectReport(found.context, found.k)!;
    const fire = report.shocks.find((s) => s.kind === 'accident');
    expect(fire && renderMsg(fire.text)).toMatch(/^A fire destroyed [\d.]+ % of the small workshops\.$/);
    const jobs = report.why!.outcomes.find((o) => o.outcome === 'employment')!;
    expect(jobs.parts.some((p) => p.cause === 'accident')).toBe(true);
    expect(renderMsg(jobs.sentence)).toContain('from a fire in the workshops');
  });

  it('tells the player that pipeline spending pays off only later', () => {
    const report = selectReport(play('kamukunji-metalwork', 4, 1).context)!;
    expect(report.why!.pending).toEqual(['infrastructure', 'training', 'research']);
  });

  it('reports the event that fired and the choice made', () => {
    const snapshot = play('survival-cluster', 3, 2);
    const context = snapshot.context;
    const k = context.log.findIndex((entry) => entry.event !== undefined) + 1;
    expect(k).toBeGreaterThan(0);
    const report = selectReport(context, k)!;
    const fired = context.log[k - 1]!.event!;
    const spec = context.scenario!.events.find((e) => e.id === fired.eventId)!;
    expect(report.event?.title).toBe(spec.title);
    expect(report.event?.choice).toBe(spec.choices.find((c) => c.id === fired.choiceId)?.label);
  });
});

describe('a quiet year', () => {
  const QUIET = 'A quiet year: no event and no large shock.';
  const reports = ['sialkot-surgical', 'suame-magazine', 'sinos-valley-footwear', 'guadalajara-electronics'].flatMap((id) =>
    [1, 2, 3, 4].flatMap((seed) => {
      const { context } = play(id, seed, 10);
      return Array.from({ length: context.history.length - 1 }, (_, i) => ({ context, k: i + 1 }));
    }),
  );

  it('is said only when output did not fall (or jump) and no shock term in the explanation is large', () => {
    let quiet = 0;
    let calmButNotQuiet = 0;
    for (const { context, k } of reports) {
      const view = selectReport(context, k);
      if (!view) continue;
      const before = context.history[k - 1];
      const now = context.history[k];
      if (!before || !now) continue;
      // Exactly one of: an event or a shock in the news, or the calm-year line.
      expect(view.calm === null).toBe(view.event !== null || view.shocks.length > 0);
      if (view.calm?.text !== QUIET) {
        if (view.calm) calmButNotQuiet++;
        continue;
      }
      quiet++;
      const change = (now.outputUsdM - before.outputUsdM) / before.outputUsdM;
      expect(change).toBeGreaterThan(-0.01);
      expect(change).toBeLessThan(0.1);
      // The explanation the report shows under the news (yearExplanation), not the game's raw one.
      for (const entry of yearExplanation(context, k)?.entries ?? [])
        if (entry.kind === 'shock') expect(Math.abs(entry.outputUsdM)).toBeLessThan(0.03 * before.outputUsdM);
    }
    // Both kinds occur in these games, so the rule is exercised both ways.
    expect(quiet).toBeGreaterThan(0);
    expect(calmButNotQuiet).toBeGreaterThan(0);
  });

  it('names the shock that moved output when no event or sudden shock is listed', () => {
    const found = reports
      .map(({ context, k }) => selectReport(context, k))
      .find((view) => view?.calm && /world demand|currency/.test(JSON.stringify(view.calm)));
    expect(found?.calm?.text).toMatch(/^No event and no sudden shock, but \{cause\} (cost|added) \{amount\} of output\.$/);
  });
});
