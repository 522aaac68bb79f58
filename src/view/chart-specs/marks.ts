// Marked years on every outcome chart: policy changes (a budget share or the tariff moved enough, the
// incentive target or the labor standards changed), events with the choice made, and shocks.
import { LEVERS, SHOCKS, shockHappened, type ClusterState, type Decisions, type ShockKind } from '../../model';
import type { LogEntry } from '../../flow';
import type { Scenario } from '../../scenario';
import { formatShare, vt } from '../format';
import { LEVER_LABELS } from '../labels';
import type { ChartAnnotation } from './outcomes';

/** A policy change is marked when a budget share moves by at least this much (of the budget). */
export const NOTABLE_SHARE_CHANGE = 0.05;
/** ... or the tariff moves by at least this much (2.5 points). */
export const NOTABLE_TARIFF_CHANGE = 0.025;

const TARGET_WORDS: Record<Decisions['incentiveTarget'], string> = {
  sme: 'small firms',
  all: 'all firms',
  fdi: 'foreign investors',
  joint: 'joint projects',
};

const pct = (share: number): string => formatShare(share, { digits: 0 });

/** The notable differences between two years' decisions, biggest first, in a few words each (empty if none). */
export function policyChanges(before: Decisions, after: Decisions): string[] {
  const changes: { size: number; text: string }[] = [];
  for (const lever of LEVERS) {
    const a = before.allocation[lever];
    const b = after.allocation[lever];
    if (Math.abs(b - a) >= NOTABLE_SHARE_CHANGE - 1e-12)
      changes.push({
        size: Math.abs(b - a),
        text: vt('{lever} {from} → {to}', { lever: vt(LEVER_LABELS[lever]).toLowerCase(), from: pct(a), to: pct(b) }),
      });
  }
  if (Math.abs(after.tariff - before.tariff) >= NOTABLE_TARIFF_CHANGE - 1e-12)
    changes.push({
      size: Math.abs(after.tariff - before.tariff) * 2,
      text: vt('tariff {from} → {to}', { from: pct(before.tariff), to: pct(after.tariff) }),
    });
  if (after.incentiveTarget !== before.incentiveTarget)
    changes.push({ size: 0.5, text: vt('incentives for {target}', { target: vt(TARGET_WORDS[after.incentiveTarget]) }) });
  if (after.laborStandards !== before.laborStandards)
    changes.push({
      size: 0.5,
      text: vt(after.laborStandards ? 'labor standards required' : 'labor standards dropped'),
    });
  return changes.sort((x, y) => y.size - x.size).map((c) => c.text);
}

const SHOCK_WORDS: Record<ShockKind, string> = {
  worldDemand: 'World demand fell',
  exchangeRate: 'The currency rose',
  buyerExit: 'A big buyer left',
  tncExit: 'A foreign plant left',
  donorExit: 'The donor programme ended',
  accident: 'A fire or accident',
  buyerStandard: 'A new buyer standard',
};

export interface MarkInputs {
  /** The player's states ([0] the start). */
  states: readonly ClusterState[];
  /** log[k - 1] holds year k's decisions and the event that fired after it. */
  log: readonly Pick<LogEntry, 'decisions' | 'event'>[];
  /** For event titles and choice labels (ids are shown without it). */
  scenario?: Pick<Scenario, 'events'> | null;
  /** The term's length: the event after its last year is decided by the game, not the player. */
  termYears?: number;
}

/** The years to mark on every chart: policy changes, events (with the choice made) and shocks, in year order. */
export function runAnnotations({ states, log, scenario, termYears }: MarkInputs): ChartAnnotation[] {
  const out: ChartAnnotation[] = [];
  const start = states[0]?.decisions;
  log.forEach((entry, i) => {
    const state = states[i + 1];
    if (!state) return;
    const year = state.year;
    const previous = i === 0 ? start : log[i - 1]?.decisions;
    if (previous) {
      const changes = policyChanges(previous, entry.decisions);
      if (changes.length > 0) {
        const list = changes.slice(0, 3).join(vt(', '));
        out.push({
          year,
          kind: 'policy',
          label: vt(i === 0 ? 'First budget: {changes}' : 'Policy change: {changes}', { changes: list }),
          short: i === 0 ? 'First budget' : 'Policy',
        });
      }
    }
    for (const kind of SHOCKS) {
      if (shockHappened(state.shocks, kind))
        out.push({ year, kind: 'shock', label: `${SHOCK_WORDS[kind]}`, short: SHOCK_WORDS[kind] });
    }
    if (entry.event) {
      const spec = scenario?.events.find((e) => e.id === entry.event?.eventId);
      const choice = spec?.choices.find((c) => c.id === entry.event?.choiceId);
      const title = spec?.title ?? entry.event.eventId;
      out.push({
        year,
        kind: 'event',
        // The same rule as the turn machine: after the last year there is no next year to shape, so
        // the game takes the default choice itself (the year report says "Decided for you" too).
        label: vt(
          termYears !== undefined && i + 1 >= termYears
            ? 'Event: {title}. Decided for you (the last year): {choice}'
            : 'Event: {title}. You chose: {choice}',
          { title, choice: choice?.label ?? entry.event.choiceId },
        ),
        short: 'Event',
      });
    }
  });
  return out;
}
