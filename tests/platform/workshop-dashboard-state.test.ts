import { describe, expect, it } from 'vitest';
import { WorkshopCodeError } from '../../src/platform/workshop-code-error';
import {
  addResult,
  dashboardStorageKey,
  loadDashboard,
  newDashboardState,
  parseDashboardState,
  removeResult,
  restoreDashboard,
  serializeDashboardState,
  storeDashboard,
  type AcceptedResult,
  type DashboardState,
} from '../../src/platform/workshop-dashboard-state';
import { encodeResultCode } from '../../src/platform/workshop-result-code';
import { encodeSessionCode } from '../../src/platform/workshop-session-code';
import { sessionScenario } from '../../src/view/workshop-session';
import { playSession, session, sliderTeam, steady } from '../view/workshop-fixtures';

const settings = session({ seed: 66 });
const codeOf = (name: string, years: number, seed = 1) =>
  encodeResultCode(settings, name, playSession(settings, sliderTeam(seed), years).log);

function memoryStorage(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k: string) => map.get(k) ?? null,
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (k: string) => void map.delete(k),
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('the dashboard state', () => {
  it('adds checked, replayed codes; a team handing in again replaces its earlier code', () => {
    let state = newDashboardState(settings);
    let accepted: AcceptedResult[] = [];
    const first = addResult(state, accepted, codeOf('Red', 3), settings);
    expect(first.outcome).toEqual({ kind: 'added', teamName: 'Red', years: 3 });
    ({ state, accepted } = first);
    ({ state, accepted } = addResult(state, accepted, codeOf('Blue', 10, 2), settings));
    const again = addResult(state, accepted, codeOf('red', 10), settings);
    expect(again.outcome).toEqual({ kind: 'replaced', teamName: 'red', years: 10, previousYears: 3 });
    expect(again.state.results).toHaveLength(2);
    expect(again.accepted.map((a) => a.run.teamName)).toEqual(['red', 'Blue']);
    const twice = addResult(again.state, again.accepted, codeOf('red', 10).toLowerCase(), settings);
    expect(twice.outcome.kind).toBe('duplicate');
    expect(twice.state).toBe(again.state);
  });

  it('refuses a bad code with one message and changes nothing', () => {
    const state = newDashboardState(settings);
    const { state: withRed, accepted } = addResult(state, [], codeOf('Red', 4), settings);
    const before = JSON.stringify(withRed);
    const good = codeOf('Green', 5);
    const other = session({ seed: 67 });
    const bad = [
      good.slice(0, -4),
      `${good.slice(0, 12)}${good[12] === 'Z' ? 'Y' : 'Z'}${good.slice(13)}`,
      encodeResultCode(other, 'Green', playSession(other, sliderTeam(1), 2).log),
      encodeSessionCode(settings),
      'hello',
    ];
    for (const code of bad) {
      expect(() => addResult(withRed, accepted, code, settings), code).toThrow(WorkshopCodeError);
      expect(JSON.stringify(withRed)).toBe(before);
      expect(accepted).toHaveLength(1);
    }
  });

  it('refuses a code whose decisions do not replay in the session', () => {
    // A choice recorded for an event in a year after which no event fired: a valid code, an impossible game.
    const played = playSession(settings, steady({ training: 50 }), 3);
    const quiet = played.log.findIndex((e) => !e.event);
    expect(quiet).toBeGreaterThanOrEqual(0);
    const event = sessionScenario(settings).events[0];
    const forged = played.log.map((e, i) =>
      i === quiet ? { ...e, event: { eventId: event?.id ?? '', choiceId: event?.choices[0]?.id ?? '' } } : e,
    );
    const code = encodeResultCode(settings, 'Forger', forged);
    let caught: unknown;
    try {
      addResult(newDashboardState(settings), [], code, settings);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkshopCodeError);
    expect((caught as WorkshopCodeError).problem).toBe('replay');
    expect((caught as WorkshopCodeError).message).toMatch(/do not replay in this session/);
  });

  it('survives a reload: serialised, stored, parsed and replayed to the same teams', () => {
    const storage = memoryStorage();
    let { state, accepted } = addResult(newDashboardState(settings), [], codeOf('Red', 10), settings);
    ({ state, accepted } = addResult({ ...state, projector: true }, accepted, codeOf('Blue', 7, 3), settings));
    expect(storeDashboard(storage, state)).toBe(true);
    expect([...storage.map.keys()]).toEqual([dashboardStorageKey(encodeSessionCode(settings))]);
    const loaded = loadDashboard(storage, encodeSessionCode(settings).toLowerCase()) as DashboardState;
    expect(loaded).toEqual(state);
    const restored = restoreDashboard(loaded);
    expect(restored.settings).toEqual(settings);
    expect(restored.problems).toEqual([]);
    expect(restored.accepted.map((a) => a.run.context.history)).toEqual(accepted.map((a) => a.run.context.history));
    expect(removeResult(state, state.results[0]?.code ?? '').results).toHaveLength(1);
  });

  it('ignores a stored entry that is not a dashboard, and keeps a code that no longer reads apart', () => {
    expect(parseDashboardState(null)).toBeNull();
    expect(parseDashboardState('{not json')).toBeNull();
    expect(parseDashboardState(JSON.stringify({ format: 'other' }))).toBeNull();
    const state = newDashboardState(settings);
    expect(parseDashboardState(serializeDashboardState(state))).toEqual(state);
    const broken = { ...state, results: [{ code: 'ZZZZZ-ZZZZZ', addedAt: new Date(0).toISOString() }] };
    const restored = restoreDashboard(broken);
    expect(restored.accepted).toEqual([]);
    expect(restored.problems).toHaveLength(1);
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(storeDashboard(full, state)).toBe(false);
  });
});
