import { describe, expect, it } from 'vitest';
import { openScenarioStore, MAX_SAVED_SCENARIOS, SCENARIO_STORE_DAMAGED_PREFIX, SCENARIO_STORE_KEY } from '../../src/platform/scenario-store';
import { scenarioById } from '../../src/scenario';
import { draftFrom, setAt } from '../../src/view/editor-form';
import { MemoryStorage } from './fixtures';

const draft = (id: string, name = id) => setAt(setAt(draftFrom(scenarioById('survival-cluster')), ['id'], id), ['name'], name);
const clock = new Date('2030-01-02T03:04:05.000Z');

describe('scenarios kept in the browser', () => {
  it('come back as saved, the last saved first, and saving an id again replaces it', () => {
    const storage = new MemoryStorage();
    const store = openScenarioStore(storage);
    expect(store.save(draft('my-a', 'A'), clock)).toEqual({ ok: true, replaced: false, persisted: true });
    expect(store.save(draft('my-b', 'B'), clock)).toEqual({ ok: true, replaced: false, persisted: true });
    expect(store.save(draft('my-a', 'A again'), clock)).toEqual({ ok: true, replaced: true, persisted: true });
    const again = openScenarioStore(storage);
    expect(again.problem()).toBeNull();
    expect(again.list().map((e) => [e.id, e.name])).toEqual([
      ['my-a', 'A again'],
      ['my-b', 'B'],
    ]);
    expect(again.get('my-b')?.data).toEqual(draft('my-b', 'B'));
    again.remove('my-b');
    expect(openScenarioStore(storage).list().map((e) => e.id)).toEqual(['my-a']);
  });

  it('keeps a draft with problems too (nothing typed is lost)', () => {
    const storage = new MemoryStorage();
    const bad = setAt(draft('my-bad'), ['initial', 'smeFirms'], -1);
    openScenarioStore(storage).save(bad, clock);
    expect(openScenarioStore(storage).get('my-bad')?.data).toEqual(bad);
  });

  it('is not changed by edits made after saving', () => {
    const storage = new MemoryStorage();
    const store = openScenarioStore(storage);
    const d = draft('my-a') as { name: string };
    store.save(d, clock);
    d.name = 'changed';
    expect((store.get('my-a')?.data as { name: string }).name).not.toBe('changed');
  });

  it('stops at its limit, and says so', () => {
    const store = openScenarioStore(new MemoryStorage());
    for (let i = 0; i < MAX_SAVED_SCENARIOS; i++) expect(store.save({ id: `s-${i}` }, clock).ok).toBe(true);
    expect(store.save({ id: 'one-more' }, clock)).toEqual({ ok: false, reason: 'limit' });
    expect(store.save({ id: 's-3', name: 'replaced' }, clock).ok).toBe(true);
  });

  it('keeps an unreadable store aside instead of writing over it', () => {
    const storage = new MemoryStorage();
    storage.setItem(SCENARIO_STORE_KEY, '{not json');
    const store = openScenarioStore(storage);
    expect(store.list()).toEqual([]);
    const kept = store.problem()?.keptKey;
    expect(kept?.startsWith(SCENARIO_STORE_DAMAGED_PREFIX)).toBe(true);
    expect(storage.getItem(kept!)).toBe('{not json');
  });

  it('says when storage refuses to write (the scenarios last for the visit)', () => {
    const store = openScenarioStore(new MemoryStorage({ failWrites: true }));
    expect(store.save(draft('my-a'), clock)).toEqual({ ok: true, replaced: false, persisted: false });
    expect(store.list()).toHaveLength(1);
  });
});
