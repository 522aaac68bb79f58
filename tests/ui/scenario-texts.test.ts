// The scenarios' texts in the chosen language (src/ui/scenario-texts.ts): loaded on demand per
// language, laid over the game's own scenario for the screens, and read by the view selectors
// through shownScenario(), while every number and every run stays the English scenario's.
import { afterEach, describe, expect, it } from 'vitest';
import type { GameContext } from '../../src/flow';
import { numbersIn, scenarioById, type Scenario } from '../../src/scenario';
import { setLocale } from '../../src/ui/i18n';
import { loadAllLocales } from '../../src/ui/locales';
import {
  loadScenarioTexts,
  localized,
  onScenarioTexts,
  scenarioTextLocales,
  scenarioTextsKey,
} from '../../src/ui/scenario-texts';
import { chartInputsForGame } from '../../src/view/chart-specs';
import { selectDebrief } from '../../src/view/debrief';
import { selectGoalTracker, selectHud } from '../../src/view/hud';
import { selectReport } from '../../src/view/report';
import { shownScenario } from '../../src/view/scenario-text';
import { playedContext } from '../view/played';

// The interface's dictionaries load on demand in the app; these tests use them all.
await loadAllLocales();

afterEach(() => setLocale('en'));

/** A played Sialkot term with at least one event (seed 10 fires events, as the browser tests use). */
function sialkotGame(): GameContext {
  return playedContext(scenarioById('sialkot-surgical'), 10, {
    name: 'balanced',
    years: [{ allocation: { infrastructure: 0.2, training: 0.3, research: 0.05, incentives: 0.25, trade: 0.1 } }],
  });
}

describe('loading a language’s scenario texts', () => {
  it('offers French and Arabic, one file per scenario each', () => {
    expect(scenarioTextLocales()).toEqual(['ar', 'fr']);
  });

  it('keeps the English until the texts arrive, then lays them over the scenario (the same object each time)', async () => {
    const scenario = scenarioById('sialkot-surgical');
    setLocale('ar');
    const arrived: string[] = [];
    const stop = onScenarioTexts(() => arrived.push('texts'));
    const before = localized(scenario);
    const key = scenarioTextsKey();
    await loadScenarioTexts('ar');
    stop();
    // Before (nothing in this file has loaded Arabic yet): the English scenario itself.
    expect(key).toBe('ar…');
    expect(before).toBe(scenario);
    expect(arrived).toEqual(['texts']);
    expect(scenarioTextsKey()).toBe('ar');
    const shown = localized(scenario);
    expect(shown.name).toBe('تجمع الأدوات الجراحية في سيالكوت');
    expect(localized(scenario)).toBe(shown);
    expect(shown.initial).toBe(scenario.initial);
    setLocale('en');
    expect(localized(scenario)).toBe(scenario);
    expect(scenarioTextsKey()).toBe('en');
  });

  it('leaves a scenario that is not built in as it is, and English needs no download', async () => {
    await loadScenarioTexts('en');
    await loadScenarioTexts('fr');
    setLocale('fr');
    const custom: Scenario = { ...scenarioById('tnc-cluster'), id: 'my-own-cluster' };
    expect(localized(custom)).toBe(custom);
    expect(localized(scenarioById('tnc-cluster')).shortName).toBe('Cluster de multinationales');
  });
});

describe('the workshop roles in the chosen language', () => {
  it('carry the French and the Arabic brief and concerns, in the scenario’s order of roles', async () => {
    const scenario = scenarioById('bangalore-it');
    await loadScenarioTexts('fr');
    await loadScenarioTexts('ar');
    setLocale('fr');
    const french = localized(scenario).roles ?? [];
    expect(french.map((r) => r.role)).toEqual(scenario.roles?.map((r) => r.role));
    expect(french.find((r) => r.role === 'finance')?.brief).toMatch(/^Vous tenez les cordons de la bourse\u00a0: un programme de 60 millions/);
    expect(french.find((r) => r.role === 'tnc')?.concerns[1]).toBe('Assez d’ingénieurs qualifiés');
    setLocale('ar');
    const arabic = localized(scenario).roles ?? [];
    expect(arabic.find((r) => r.role === 'tnc')?.concerns[1]).toBe('عدد كافٍ من المهندسين المهرة');
    for (const [i, role] of arabic.entries()) expect(numbersIn(role.brief)).toEqual(numbersIn(scenario.roles?.[i]?.brief ?? ''));
    setLocale('en');
    expect(localized(scenario).roles).toBe(scenario.roles);
  });
});

describe('the screens’ view-models in the chosen language', () => {
  it('name the cluster, goals, limitation notes and events in French, with the same numbers as in English', async () => {
    const context = sialkotGame();
    const english = {
      debrief: selectDebrief(context),
      report: selectReport(context, context.log.findIndex((e) => e.event) + 1),
      goals: selectGoalTracker(context, context.history.at(-1) as GameContext['history'][number]),
      marks: chartInputsForGame(context, { bands: false }).annotations ?? [],
    };
    await loadScenarioTexts('fr');
    setLocale('fr');
    const french = localized(scenarioById('sialkot-surgical'));
    expect(shownScenario(context.scenario as Scenario)).toBe(french);
    const debrief = selectDebrief(context);
    const report = selectReport(context, context.log.findIndex((e) => e.event) + 1);
    const goals = selectGoalTracker(context, context.history.at(-1) as GameContext['history'][number]);
    const marks = chartInputsForGame(context, { bands: false }).annotations ?? [];

    expect(debrief?.scenarioName).toBe('Cluster des instruments chirurgicaux de Sialkot');
    expect(debrief?.goals.map((g) => g.label)).toEqual(french.goals.map((g) => g.label));
    expect(debrief?.goals.map((g) => [g.met, g.yours])).toEqual(english.debrief?.goals.map((g) => [g.met, g.yours]));
    const notes = new Map(french.limitations.map((l) => [l.limitation, l.note]));
    for (const limit of debrief?.limitations ?? []) expect(limit.note).toBe(notes.get(limit.limitation) ?? null);
    // Unit words follow the language; the grades and every figure do not.
    expect(debrief?.scorecard.map((r) => [r.id, r.grade, r.percentile])).toEqual(english.debrief?.scorecard.map((r) => [r.id, r.grade, r.percentile]));
    expect(numbersIn(JSON.stringify(debrief?.scorecard))).toEqual(numbersIn(JSON.stringify(english.debrief?.scorecard)));

    const fired = context.log.find((e) => e.event)?.event;
    const event = french.events.find((e) => e.id === fired?.eventId);
    expect(report?.event?.title).toBe(event?.title);
    expect(report?.event?.choice).toBe(event?.choices.find((c) => c.id === fired?.choiceId)?.label);
    expect(numbersIn(JSON.stringify(report?.headlines))).toEqual(numbersIn(JSON.stringify(english.report?.headlines)));

    expect(goals.map((g) => g.label)).toEqual(french.goals.map((g) => g.label));
    expect(goals.map((g) => [g.onTrack, g.yours, g.baseline])).toEqual(english.goals.map((g) => [g.onTrack, g.yours, g.baseline]));

    const eventMarks = marks.filter((m) => m.kind === 'event');
    expect(eventMarks.length).toBeGreaterThan(0);
    expect(eventMarks.some((m) => event && m.label.includes(event.title))).toBe(true);
    expect(marks.map((m) => m.year)).toEqual(english.marks.map((m) => m.year));
    // The game itself still holds the English scenario.
    expect(context.scenario?.name).toBe('Sialkot surgical instruments cluster');
  });

  it('shows the HUD’s cluster name in Arabic during play', async () => {
    await loadScenarioTexts('ar');
    setLocale('ar');
    const context = sialkotGame();
    const hud = selectHud({ value: 'report', context } as Parameters<typeof selectHud>[0]);
    expect(hud?.shortName).toBe('سيالكوت');
    expect(hud?.goals.every((g) => /\p{Script=Arabic}/u.test(g.label))).toBe(true);
  });
});
