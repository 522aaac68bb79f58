import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allScenarios, isScenarioId, registerCustomScenario, scenarioById, scenarioSchema } from '../../src/scenario';
import { newPlan } from '../../src/view/planner';
import { settingOf } from '../../src/view/planner-run';
import { PARAM_NAMES } from '../../src/model';
import { PARAM_SPECS } from '../../src/model/params';
import {
  BUILT_IN_ID_MESSAGE,
  checkDraft,
  draftFrom,
  editorSections,
  emptyValue,
  fieldOf,
  getAt,
  itemTitle,
  removeAt,
  renameKey,
  setAt,
  type FieldNode,
} from '../../src/view/editor-form';

const sialkot = scenarioById('sialkot-surgical');
const allFields = (): FieldNode[] => editorSections().flatMap((s) => s.fields);
const find = (fields: readonly FieldNode[], key: string): FieldNode => {
  const found = fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};
const childrenOf = (node: FieldNode): FieldNode[] => (node.kind === 'group' ? node.fields : []);

describe('the editor form generated from the scenario schema', () => {
  it('has a field for every top-level property of the schema, each in one section', () => {
    const keys = allFields().map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const properties = Object.keys((z.toJSONSchema(scenarioSchema, { io: 'input' }) as { properties: object }).properties).filter((k) => k !== '$schema');
    expect(keys.sort()).toEqual(properties.sort());
  });

  it('takes each starting figure\'s range, whole-number rule and description from the schema', () => {
    const initial = find(allFields(), 'initial');
    const sme = find(childrenOf(initial), 'smeFirms');
    expect(sme).toMatchObject({ kind: 'number', integer: true, min: 1, max: 1_000_000, hint: 'Micro, small and medium firms', optional: false });
    const wage = find(childrenOf(initial), 'wageUsdPerDay');
    expect(wage).toMatchObject({ kind: 'number', integer: false, min: 0.1, max: 1000 });
  });

  it('draws every model parameter as an optional number with its own range and meaning', () => {
    const parameters = childrenOf(find(allFields(), 'parameters'));
    expect(parameters.map((f) => f.key)).toEqual([...PARAM_NAMES]);
    for (const field of parameters) {
      const spec = PARAM_SPECS[field.key as (typeof PARAM_NAMES)[number]];
      expect(field).toMatchObject({ kind: 'number', optional: true, min: spec.min, max: spec.max });
      expect(field.hint).toContain(spec.meaning);
    }
  });

  it('draws choices, prose, lists of events with their choices and the sources map', () => {
    const fields = allFields();
    expect(find(fields, 'type')).toMatchObject({ kind: 'choice', options: ['survival', 'mass-producers', 'tnc'] });
    expect(find(fields, 'briefing')).toMatchObject({ kind: 'text', multiline: true, minLength: 1 });
    expect(find(fields, 'name')).toMatchObject({ kind: 'text', multiline: false });
    expect(find(fields, 'learningGoals')).toMatchObject({ kind: 'list', minItems: 1, item: { kind: 'text' } });
    const events = find(fields, 'events');
    if (events.kind !== 'list') throw new Error('events is not a list');
    const choices = find(childrenOf(events.item), 'choices');
    expect(choices).toMatchObject({ kind: 'list', minItems: 2 });
    expect(find(fields, 'sources')).toMatchObject({ kind: 'map', value: { kind: 'text' } });
    expect(find(fields, 'cited')).toMatchObject({ kind: 'group', optional: true });
  });

  it('puts a property the schema gains later in the "More" section, drawn from its own kind', () => {
    const extended = z.toJSONSchema(z.strictObject({ id: z.string(), history: z.strictObject({ note: z.string().describe('What was done') }).optional() }));
    const node = fieldOf('scenario', extended as Record<string, unknown>, false);
    const history = find(childrenOf(node), 'history');
    expect(history).toMatchObject({ kind: 'group', optional: true, fields: [{ key: 'note', kind: 'text', hint: 'What was done' }] });
    // A union it cannot draw as fields is still editable, as JSON text.
    const union = fieldOf('x', z.toJSONSchema(z.union([z.string(), z.number()])) as Record<string, unknown>, true);
    expect(union.kind).toBe('json');
  });

  it('starts a new item or block with every required part', () => {
    const events = find(allFields(), 'events');
    if (events.kind !== 'list') throw new Error('events is not a list');
    const event = emptyValue(events.item) as Record<string, unknown>;
    expect(Object.keys(event).sort()).toEqual(['choices', 'id', 'text', 'title', 'trigger']);
    expect((event.choices as unknown[]).length).toBe(2);
  });
});

describe('editing a draft', () => {
  it('setAt and removeAt change only the path, leaving the draft they were given as it was', () => {
    const draft = draftFrom(sialkot);
    const before = JSON.stringify(draft);
    const next = setAt(draft, ['initial', 'smeFirms'], 3000);
    expect(getAt(next, ['initial', 'smeFirms'])).toBe(3000);
    expect(getAt(next, ['initial', 'employment'])).toBe(sialkot.initial.employment);
    expect(JSON.stringify(draft)).toBe(before);
    const fewer = removeAt(next, ['events', 0]);
    expect(getAt(fewer, ['events'])).toHaveLength(sialkot.events.length - 1);
    expect(getAt(fewer, ['events', 0, 'id'])).toBe(sialkot.events[1]?.id);
    expect(JSON.stringify(draft)).toBe(before);
  });

  it('a key such as "__proto__" from a file stays a plain property', () => {
    const next = setAt({}, ['sources', '__proto__'], 'x') as Record<string, Record<string, unknown>>;
    expect(Object.keys(next.sources!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('names a list item by its title, or by its first plain values', () => {
    expect(itemTitle(sialkot.events[0])).toBe(sialkot.events[0]?.title);
    expect(itemTitle({ target: 'quality', mode: 'add', delta: 0.05 })).toBe('quality · add · 0.05');
    expect(itemTitle({ year: 2010, shock: 'worldDemand', size: -0.2, source: 'x' })).toBe('2010 · worldDemand · -0.2');
    expect(itemTitle({})).toBeNull();
  });

  it('renames a source keeping its place, and refuses a name already used', () => {
    const draft = { sources: { a: '1', b: '2', c: '3' } };
    const renamed = renameKey(draft, ['sources'], 'b', 'z');
    expect(renamed.ok).toBe(true);
    expect(Object.keys(getAt(renamed.data, ['sources']) as object)).toEqual(['a', 'z', 'c']);
    expect(renameKey(draft, ['sources'], 'b', 'a').ok).toBe(false);
  });
});

describe('checking a draft with the schema', () => {
  it('accepts a copy of every scenario and archetype under an id of its own', () => {
    for (const scenario of allScenarios()) {
      const checked = checkDraft(draftFrom(scenario));
      expect(checked.ok, scenario.id).toBe(true);
    }
  });

  it('rejects an invalid figure with the schema\'s own message, naming the field and its range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1000, max: 0 }), fc.integer({ min: 1_000_001, max: 1e9 })), (firms) => {
        const checked = checkDraft(setAt(draftFrom(sialkot), ['initial', 'smeFirms'], firms));
        expect(checked.ok).toBe(false);
        if (checked.ok) return;
        expect(checked.problems.map(({ path, at, message }) => ({ path, at, message }))).toContainEqual({
          path: 'initial.smeFirms',
          at: ['initial', 'smeFirms'],
          message: 'initial.smeFirms: must be a whole number at least 1 and at most 1000000',
        });
      }),
    );
  });

  it('names an empty name, a missing figure and a rule across fields', () => {
    let draft = setAt(draftFrom(sialkot), ['name'], '');
    draft = removeAt(draft, ['initial', 'employment']);
    draft = setAt(draft, ['initial', 'foreignFirms'], (sialkot.initial.largeFirms ?? 0) + 1);
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const messages = checked.problems.map((p) => p.message);
    expect(messages).toContain('name: must not be empty');
    expect(messages).toContain('initial.employment: expected number');
    // Cross-field rules run once the fields themselves are valid.
    const only = checkDraft(setAt(draftFrom(sialkot), ['initial', 'foreignFirms'], sialkot.initial.largeFirms + 1));
    expect((only.ok ? [] : only.problems).map(({ path, message, issue }) => ({ path, message, code: issue?.code }))).toEqual([
      { path: 'initial.foreignFirms', message: 'initial.foreignFirms: foreignFirms cannot exceed largeFirms', code: 'custom' },
    ]);
  });

  it('refuses a built-in scenario\'s id (the game and the planner know those by id)', () => {
    const checked = checkDraft(structuredClone(sialkot));
    expect(checked).toEqual({ ok: false, problems: [{ path: 'id', at: ['id'], message: BUILT_IN_ID_MESSAGE, issue: null }] });
  });

  it('gives a copy a free id', () => {
    const taken = new Set(['my-sialkot-surgical', 'my-sialkot-surgical-2']);
    expect(draftFrom(sialkot, (id) => taken.has(id)).id).toBe('my-sialkot-surgical-3');
  });
});

describe('an edited scenario in the game and the planner', () => {
  it('plays a whole term in the game machine, on the edited figures', async () => {
    const { begin, playYear } = await import('../platform/fixtures');
    let draft = setAt(draftFrom(sialkot), ['name'], 'Our own cluster');
    draft = setAt(draft, ['initial', 'employment'], 90_000);
    // A shorter term: the scenario's history (a path over its own term) goes with it.
    draft = removeAt(setAt(draft, ['termYears'], 5), ['history']);
    const checked = checkDraft(draft);
    if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('; '));
    const actor = begin(checked.scenario, 3);
    expect(actor.getSnapshot().context.scenario?.name).toBe('Our own cluster');
    expect(actor.getSnapshot().context.history[0]?.employment).toBe(90_000);
    for (let year = 1; year <= 5; year++) {
      playYear(actor);
      if (year < 5) actor.send({ type: 'NEXT' });
    }
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(actor.getSnapshot().context.history).toHaveLength(6);
  });

  it('is found by id once registered (the planner looks clusters up by id), and never in place of a built-in one', () => {
    const checked = checkDraft(setAt(draftFrom(sialkot), ['id'], 'registered-for-test'));
    if (!checked.ok) throw new Error('not valid');
    registerCustomScenario(checked.scenario);
    expect(scenarioById('registered-for-test')).toBe(checked.scenario);
    expect(isScenarioId('registered-for-test')).toBe(false);
    expect(() => registerCustomScenario({ ...checked.scenario, id: 'sialkot-surgical' })).toThrow(/built-in/);
    const plan = newPlan(checked.scenario);
    expect(settingOf(plan).scenario).toBe(checked.scenario);
  });
});
