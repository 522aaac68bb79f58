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

/** A part of a year's approval change (0.01 = one point), pushing unless marked fading. */
const part = (driver: string, effect: number, fading = false) => ({ driver, effect, fading });

describe('approval reasons', () => {
  const parts = [part('jobs', 0.01), part('wages', -0.005), part('tariff protection', -0.06), part('training', 0.0002)];

  it('are sorted by size, biggest first, at most two, with a sign', () => {
    const shown = approvalReasonsFor(parts);
    expect(shown.map((r) => r.text)).toEqual(['▼ tariff cut', '▲ more jobs']);
    expect(shown.map((r) => r.direction)).toEqual(['down', 'up']);
    expect(Math.abs(shown[0]!.points)).toBeGreaterThan(Math.abs(shown[1]!.points));
  });

  it('leave out parts too small to matter, unless the change is visible and nothing bigger explains it', () => {
    expect(approvalReasonsFor([part('training', 0.001)])).toEqual([]);
    const small = [part('training', 0.002), part('jobs', 0.002), part('wages', 0.002)];
    expect(approvalReasonsFor(small, { change: 0.6 })).toHaveLength(1);
  });

  it('count an abrupt policy change, which costs approval directly', () => {
    const shown = approvalReasonsFor([...parts, part('abrupt policy change', -0.2)]);
    expect(shown[0]?.text).toBe('▼ abrupt policy change');
  });

  it("name last year's event choice, and earlier effects wearing off by what they were", () => {
    expect(approvalReasonsFor([part('event choice', 0.04)]).map((r) => r.text)).toEqual(['▲ your event choice']);
    expect(approvalReasonsFor([part('event choice', -0.03, true), part('jobs', -0.01, true)]).map((r) => r.text)).toEqual([
      '▼ goodwill from an event choice fading',
    ]);
    expect(approvalReasonsFor([part('abrupt policy change', 0.02, true)]).map((r) => r.text)).toEqual([
      '▲ anger at an abrupt change fading',
    ]);
    // Anything else wearing off (last year's job boom) is earlier goodwill, never "jobs lost".
    expect(approvalReasonsFor([part('jobs', -0.03, true)]).map((r) => r.text)).toEqual(['▼ earlier goodwill fading']);
    expect(approvalReasonsFor([part('fire or accident', 0.03, true)]).map((r) => r.text)).toEqual(['▲ old grievances fading']);
  });

  it('show one reason when asked for one', () => {
    expect(approvalReasonsFor(parts, { limit: 1 })).toHaveLength(1);
  });

  it('use words that fit the direction', () => {
    expect(reasonWords('tariff protection', 0.1)).toBe('more tariff protection');
    expect(reasonWords('tariff protection', -0.1)).toBe('tariff cut');
    expect(reasonWords('jobs', -0.1)).toBe('jobs lost');
    expect(reasonWords('something new', 0.1)).toBe('something new');
  });
});

describe('approval reasons over a term', () => {
  /** Top reason of each group in each year of a played term (steady plan, tariff cut in year 2). */
  function topReasons(id: string, seed: number): Record<string, string[]> {
    const actor = planningGame(id, seed);
    const top: Record<string, string[]> = { sme: [], large: [], workers: [], donors: [] };
    for (let year = 1; year <= 10; year++) {
      const snap = playYear(actor, {
        allocation: { infrastructure: 0.2, training: 0.3, incentives: 0.3, trade: 0.2 },
        ...(year >= 2 ? { tariff: 0.1 } : {}),
      });
      for (const group of selectHud(snap)!.approval) top[group.group]!.push(group.reasons[0]?.words ?? '');
      actor.send({ type: 'NEXT' });
    }
    return top;
  }

  it('change from year to year: no reason tops a group year after year, and fading leads only briefly', () => {
    // The playtest: "early goodwill fading" was the top reason every year up to year 10. Now a
    // one-off jolt (an event choice) may be seen wearing off for a few years, halving each year.
    for (const seed of [1, 2, 3]) {
      for (const [group, words] of Object.entries(topReasons('sialkot-surgical', seed))) {
        const story = `seed ${seed}, ${group}: ${words.join(' | ')}`;
        const longRuns = words.filter((w, k) => /fading/.test(w) && words.slice(k - 3, k).every((v) => v === w) && k >= 3);
        expect(longRuns, story).toEqual([]);
        expect(new Set(words.filter((w) => w)).size, story).toBeGreaterThanOrEqual(3);
        const counts = new Map<string, number>();
        for (const w of words) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
        // Workers follow jobs, which move every year: "more jobs" may lead most years.
        if (group !== 'workers') expect(Math.max(0, ...counts.values()), story).toBeLessThan(8);
      }
    }
  });

  it('do not blame a tariff cut on donors, who want less protection', () => {
    const actor = planningGame('sialkot-surgical', 1);
    playYear(actor, { allocation: { training: 0.5, research: 0.5 } });
    actor.send({ type: 'NEXT' });
    const snap = playYear(actor, { tariff: 0.1 });
    const donors = selectHud(snap)!.approval.find((g) => g.group === 'donors')!;
    expect(donors.reasons.map((r) => r.words)).not.toContain('abrupt policy change');
    expect(donors.reasons.map((r) => r.words)).toContain('tariff cut');
    const sme = selectHud(snap)!.approval.find((g) => g.group === 'sme')!;
    expect(sme.reasons.map((r) => r.words)).toContain('abrupt policy change');
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
