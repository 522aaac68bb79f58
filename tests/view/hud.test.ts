import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { currentState, gameMachine } from '../../src/flow';
import { scenarioById } from '../../src/scenario';
import { approvalReasonsFor, collapseWarning, reasonWords, selectHud } from '../../src/view/hud';

function planningGame(id: string, seed: number) {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: scenarioById(id), seed });
  actor.send({ type: 'BEGIN' });
  return actor;
}

/** Plays one year with the given decisions; answers an event with its last choice; stops in the report. */
function playYear(actor: ReturnType<typeof planningGame>, decisions: Parameters<typeof setDecisions>[1]) {
  setDecisions(actor, decisions);
  actor.send({ type: 'END_YEAR' });
  const snap = actor.getSnapshot();
  if (snap.matches('event')) {
    const event = snap.context.scenario?.events.find((e) => e.id === currentState(snap.context).activeEvent);
    actor.send({ type: 'CHOOSE', choiceId: event?.choices.at(-1)?.id ?? '' });
  }
  return actor.getSnapshot();
}

function setDecisions(
  actor: ReturnType<typeof planningGame>,
  decisions: { tariff?: number; allocation?: Record<string, number> },
) {
  actor.send({ type: 'SET_DECISIONS', decisions });
}

describe('approval reasons', () => {
  const reasons = [
    { driver: 'jobs', effect: 0.02 },
    { driver: 'wages', effect: -0.01 },
    { driver: 'tariff protection', effect: -0.12 },
    { driver: 'training', effect: 0.0004 },
  ];

  it('are sorted by size, biggest first, at most two, with a sign', () => {
    const shown = approvalReasonsFor(reasons);
    expect(shown.map((r) => r.text)).toEqual(['▼ tariff cut', '▲ more jobs']);
    expect(shown.map((r) => r.direction)).toEqual(['down', 'up']);
    expect(Math.abs(shown[0]!.points)).toBeGreaterThan(Math.abs(shown[1]!.points));
  });

  it('leave out drivers too small to matter', () => {
    expect(approvalReasonsFor([{ driver: 'training', effect: 0.001 }])).toEqual([]);
  });

  it('count an abrupt policy change, which costs approval directly', () => {
    const shown = approvalReasonsFor(reasons, { abruptCost: 0.2 });
    expect(shown[0]?.text).toBe('▼ abrupt policy change');
  });

  it("count the drift back toward the starting mood and last year's event choice", () => {
    expect(approvalReasonsFor([], { settling: 0.05 }).map((r) => r.text)).toEqual(['▲ recovering']);
    expect(approvalReasonsFor([], { settling: -0.05, eventEffect: 0.08 }).map((r) => r.text)).toEqual([
      '▲ your event choice',
      '▼ early goodwill fading',
    ]);
  });

  it('show one reason when asked for one', () => {
    expect(approvalReasonsFor(reasons, { limit: 1 })).toHaveLength(1);
  });

  it('use words that fit the direction', () => {
    expect(reasonWords('tariff protection', 0.1)).toBe('more tariff protection');
    expect(reasonWords('tariff protection', -0.1)).toBe('tariff cut');
    expect(reasonWords('jobs', -0.1)).toBe('jobs lost');
    expect(reasonWords('something new', 0.1)).toBe('something new');
  });
});

describe('the collapse warning', () => {
  it('warns near the threshold and says when approval has collapsed', () => {
    expect(collapseWarning(0.5, 0.2)).toBe('none');
    expect(collapseWarning(0.29, 0.2)).toBe('near');
    expect(collapseWarning(0.19, 0.2)).toBe('collapsed');
  });

  it('appears when a sudden tariff hike turns every group against the government', () => {
    const actor = planningGame('sialkot-surgical', 1);
    playYear(actor, { tariff: 0.7 });
    const hud = selectHud(actor.getSnapshot());
    expect(hud?.meanApproval).toBeLessThan(hud!.collapseAt + 10);
    expect(hud?.warning).toBe('near');
    // Every group fell, and the HUD says why: the abrupt change is among the reasons.
    for (const group of hud!.approval) {
      expect(group.change?.direction).toBe('down');
      expect(group.change?.text.startsWith('▼')).toBe(true);
      expect(group.reasons.length).toBeGreaterThan(0);
    }
    expect(hud!.approval.some((g) => g.reasons.some((r) => r.words === 'abrupt policy change'))).toBe(true);
  });

  it('explains every visible change in approval with at least one reason', () => {
    const actor = planningGame('sinos-valley-footwear', 4);
    for (let year = 0; year < 3; year++) {
      const snap = playYear(actor, { allocation: { infrastructure: 0.25, training: 0.35, incentives: 0.15 } });
      for (const group of selectHud(snap)!.approval) {
        if (group.change && group.change.direction !== 'flat') expect(group.reasons.length).toBeGreaterThan(0);
      }
      actor.send({ type: 'NEXT' });
    }
  });

  it('is absent with a steady, popular plan', () => {
    const actor = planningGame('sialkot-surgical', 3);
    playYear(actor, { allocation: { training: 0.5, infrastructure: 0.5 } });
    expect(selectHud(actor.getSnapshot())?.warning).toBe('none');
  });
});

describe('the HUD', () => {
  it('shows the year being planned and the starting figures before the first year, without changes', () => {
    const hud = selectHud(planningGame('sialkot-surgical', 3).getSnapshot());
    expect(hud?.shortName).toBe('Sialkot');
    expect(hud?.year).toBe(2002);
    expect(hud?.termYear).toBe(1);
    expect(hud?.termYears).toBe(10);
    expect(hud?.budget).toBe('US$ 20 m');
    expect(hud?.indicators.map((i) => i.label)).toEqual([
      'Output',
      'Growth',
      'Jobs',
      'Poverty',
      'Working conditions',
      'Trust',
    ]);
    expect(hud?.indicators.every((i) => i.change === null)).toBe(true);
    expect(hud?.approval.map((g) => g.label)).toEqual(['Small firms', 'Large firms and TNCs', 'Workers', 'Donors']);
    expect(hud?.approval.every((g) => g.value >= 0 && g.value <= 100 && g.reasons.length === 0)).toBe(true);
  });

  it('shows the changes since last year with arrows that match their direction', () => {
    const actor = planningGame('sialkot-surgical', 3);
    const snap = playYear(actor, { allocation: { training: 0.5, infrastructure: 0.5 } });
    const hud = selectHud(snap)!;
    expect(hud.termYear).toBe(1);
    const [now, before] = [snap.context.history[1]!, snap.context.history[0]!];
    const jobs = hud.indicators.find((i) => i.id === 'jobs')!;
    expect(jobs.change?.direction).toBe(now.employment > before.employment ? 'up' : 'down');
    expect(jobs.change?.text[0]).toBe(now.employment > before.employment ? '▲' : '▼');
    const poverty = hud.indicators.find((i) => i.id === 'poverty')!;
    expect(poverty.value).toMatch(/ %$/);
    expect(poverty.change?.text).toMatch(/points$/);
    // Less poverty is good news.
    if (poverty.change?.direction === 'down') expect(poverty.change.tone).toBe('good');
    expect(hud.indicators.find((i) => i.id === 'output')?.value).toMatch(/^US\$ [\d,.]+ m$/);
  });

  it('is not shown outside the play screen', () => {
    const actor = createActor(gameMachine).start();
    expect(selectHud(actor.getSnapshot())).toBeNull();
    actor.send({ type: 'START', scenario: scenarioById('sialkot-surgical'), seed: 3 });
    expect(selectHud(actor.getSnapshot())).toBeNull();
  });
});

describe('the goal tracker', () => {
  it('shows every goal of the scenario with where it stands now, its target and no new policy this year', () => {
    const actor = planningGame('sialkot-surgical', 3);
    const at0 = selectHud(actor.getSnapshot());
    expect(at0?.goals.map((g) => g.label)).toEqual(scenarioById('sialkot-surgical').goals.map((g) => g.label));
    // At the start a goal against the baseline is level with it: neither on nor off track.
    expect(at0?.goals.find((g) => g.label.startsWith('Poverty lower'))?.level).toBe(true);
    playYear(actor, { allocation: { training: 0.5, trade: 0.3 } });
    const hud = selectHud(actor.getSnapshot())!;
    const quality = hud.goals.find((g) => g.label.startsWith('Move into higher-value'))!;
    // Quality is in sight all term, in the same unit the debrief uses ("39 %"), with its target.
    const now = currentState(actor.getSnapshot().context);
    expect(quality.yours).toBe(`${Math.round(now.quality * 100)} %`);
    expect(quality.onTrack).toBe(now.quality > 0.4);
    expect(quality.target.text).toBe('above {value}');
    // A fixed goal shows no new policy's value in the same year; a goal against the baseline names it in its target.
    expect(quality.baseline).toMatch(/^\d+ %$/);
    const poverty = hud.goals.find((g) => g.label.startsWith('Poverty lower'))!;
    expect(poverty.baseline).toBeNull();
    expect(poverty.target.text).toBe('below no new policy ({value})');
    expect(poverty.target.params?.value).toMatch(/^[\d.]+ %$/);
  });

  it('says a goal is off track when the number misses it, and on track once it is met', () => {
    const actor = planningGame('sialkot-surgical', 3);
    playYear(actor, {});
    const hud = selectHud(actor.getSnapshot())!;
    const conditions = hud.goals.find((g) => g.label.startsWith('Safer workshops'))!;
    const now = currentState(actor.getSnapshot().context);
    expect(now.workingConditions).toBeLessThan(0.4);
    expect(conditions.onTrack).toBe(false);
  });
});
