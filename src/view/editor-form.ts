// The scenario editor's form as plain data, generated from the scenario schema (src/scenario/schema.ts
// through zod's own JSON Schema), never written field by field: a field per schema property, with the
// property's description as its hint and its range, list and text limits; the top-level properties
// grouped into the editor's sections (a property the schema gains later lands in "More"). Also the
// draft's edits (immutable: setAt / removeAt) and its check against the schema, with the schema's own
// messages keyed by field path. Pure; no DOM.
import { z } from 'zod';
import { describeIssue, fieldPath, isScenarioId, scenarioSchema, type Scenario } from '../scenario';

export type FieldPath = readonly (string | number)[];

interface FieldBase {
  /** The property name (an array item: the array's name). */
  key: string;
  /** The schema's description, if it has one. */
  hint: string | null;
  optional: boolean;
}

export type FieldNode =
  | (FieldBase & { kind: 'number'; integer: boolean; min: number | null; max: number | null })
  | (FieldBase & { kind: 'text'; multiline: boolean; minLength: number; pattern: string | null })
  | (FieldBase & { kind: 'choice'; options: string[] })
  | (FieldBase & { kind: 'boolean' })
  | (FieldBase & { kind: 'group'; fields: FieldNode[] })
  | (FieldBase & { kind: 'list'; item: FieldNode; minItems: number; maxItems: number | null })
  | (FieldBase & { kind: 'map'; value: FieldNode })
  /** Anything the generator does not draw as fields (a union, say): edited as JSON text. */
  | (FieldBase & { kind: 'json' });

export const EDITOR_SECTIONS = ['story', 'figures', 'parameters', 'events', 'sources', 'more'] as const;
export type EditorSectionId = (typeof EDITOR_SECTIONS)[number];

/** Where each top-level property goes; a property not named here goes to "more". */
const SECTION_OF: Record<string, EditorSectionId> = {
  id: 'story',
  name: 'story',
  shortName: 'story',
  country: 'story',
  sector: 'story',
  type: 'story',
  briefing: 'story',
  learningGoals: 'story',
  goals: 'story',
  roles: 'story',
  startYear: 'figures',
  termYears: 'figures',
  budgetUsdM: 'figures',
  incentiveTarget: 'figures',
  laborStandards: 'figures',
  initial: 'figures',
  location: 'figures',
  isoNumeric: 'figures',
  parameters: 'parameters',
  events: 'events',
  scheduled: 'events',
  sources: 'sources',
  cited: 'sources',
  limitations: 'sources',
};

/** Sections an instructor rarely needs, drawn collapsed. */
export const COLLAPSED_SECTIONS: ReadonlySet<EditorSectionId> = new Set(['parameters', 'sources', 'more']);

/** Text fields that hold prose (a textarea), by property name. */
const PROSE = new Set(['briefing', 'text', 'brief', 'note', 'story', 'description', 'summary']);
/** Properties never shown: the file's own pointer to its JSON Schema. */
const HIDDEN = new Set(['$schema']);

export interface EditorSection {
  id: EditorSectionId;
  fields: FieldNode[];
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

/** One field from a JSON Schema node. */
export function fieldOf(key: string, node: Json, optional: boolean): FieldNode {
  const hint = typeof node.description === 'string' ? node.description : null;
  const base = { key, hint, optional };
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string'))
    return { ...base, kind: 'choice', options: node.enum as string[] };
  switch (node.type) {
    case 'number':
    case 'integer':
      return { ...base, kind: 'number', integer: node.type === 'integer', min: num(node.minimum), max: num(node.maximum) };
    case 'string':
      return {
        ...base,
        kind: 'text',
        multiline: PROSE.has(key),
        minLength: num(node.minLength) ?? 0,
        pattern: typeof node.pattern === 'string' ? node.pattern : null,
      };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'array':
      return {
        ...base,
        kind: 'list',
        item: fieldOf(key, asObject(node.items), false),
        minItems: num(node.minItems) ?? 0,
        maxItems: num(node.maxItems),
      };
    case 'object': {
      if (node.properties === undefined && node.additionalProperties && typeof node.additionalProperties === 'object')
        return { ...base, kind: 'map', value: fieldOf(key, asObject(node.additionalProperties), false) };
      const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
      const fields = Object.entries(asObject(node.properties))
        .filter(([name]) => !HIDDEN.has(name))
        .map(([name, child]) => fieldOf(name, asObject(child), !required.has(name)));
      return { ...base, kind: 'group', fields };
    }
    default:
      return { ...base, kind: 'json' };
  }
}

let cachedSections: EditorSection[] | null = null;
let cachedMaps: Set<string> | null = null;

/**
 * A field's place in the schema, whatever the item or key: ["events", 0, "title"] -> "events[].title",
 * ["sources", "initial.smeFirms"] -> "sources{}". The editor's words (labels, hints) are keyed by it.
 */
export function fieldPattern(path: FieldPath): string {
  if (!cachedMaps) {
    const maps = new Set<string>();
    const walk = (node: FieldNode, at: string): void => {
      if (node.kind === 'map') {
        maps.add(at);
        walk(node.value, `${at}{}`);
      } else if (node.kind === 'list') walk(node.item, `${at}[]`);
      else if (node.kind === 'group') for (const child of node.fields) walk(child, `${at}.${child.key}`);
    };
    for (const section of editorSections()) for (const field of section.fields) walk(field, field.key);
    cachedMaps = maps;
  }
  let pattern = '';
  for (const key of path) {
    if (typeof key === 'number') pattern += '[]';
    else if (cachedMaps.has(pattern)) pattern += '{}';
    else pattern += pattern === '' ? key : `.${key}`;
  }
  return pattern;
}

/** Every field's pattern (fieldPattern), each list item and map value as its list or map: the fields that need words. */
export function fieldPatterns(): { pattern: string; field: FieldNode }[] {
  const out: { pattern: string; field: FieldNode }[] = [];
  const walk = (node: FieldNode, at: string): void => {
    out.push({ pattern: at, field: node });
    if (node.kind === 'group') for (const child of node.fields) walk(child, `${at}.${child.key}`);
    else if (node.kind === 'list') walk(node.item, `${at}[]`);
    else if (node.kind === 'map') walk(node.value, `${at}{}`);
  };
  for (const section of editorSections()) for (const field of section.fields) walk(field, field.key);
  return out.filter((p) => !/(\[\]|\{\})$/.test(p.pattern));
}

/** The editor's sections, generated from the scenario schema (once). */
export function editorSections(): EditorSection[] {
  if (cachedSections) return cachedSections;
  const json = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Json;
  const root = fieldOf('scenario', json, false);
  const fields = root.kind === 'group' ? root.fields : [];
  // Within a section, in SECTION_OF's order (the order an instructor fills them in); new properties after, in the schema's order.
  const order = Object.keys(SECTION_OF);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  cachedSections = EDITOR_SECTIONS.map((id) => ({
    id,
    fields: fields.filter((f) => (SECTION_OF[f.key] ?? 'more') === id).sort((a, b) => rank(a.key) - rank(b.key)),
  })).filter((s) => s.fields.length > 0);
  return cachedSections;
}

/** A field's range as words' parts: min and max (null where open), whole numbers or not. */
export function rangeOf(field: FieldNode): { min: number | null; max: number | null; integer: boolean } | null {
  if (field.kind !== 'number' || (field.min === null && field.max === null)) return null;
  return { min: field.min, max: field.max, integer: field.integer };
}

/** A starting value for a new item or an added optional block: every required part, each at its simplest valid-looking value. */
export function emptyValue(field: FieldNode): unknown {
  switch (field.kind) {
    case 'number':
      return field.min !== null && field.min > 0 ? field.min : field.max !== null && field.max < 0 ? field.max : 0;
    case 'text':
      return '';
    case 'choice':
      return field.options[0] ?? '';
    case 'boolean':
      return false;
    case 'list':
      return Array.from({ length: field.minItems }, () => emptyValue(field.item));
    case 'map':
      return {};
    case 'group':
      return Object.fromEntries(field.fields.filter((f) => !f.optional).map((f) => [f.key, emptyValue(f)]));
    case 'json':
      return null;
  }
}

/** The value at a path of a draft (undefined where there is none). */
export function getAt(data: unknown, path: FieldPath): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = Object.hasOwn(at, key) ? (at as Record<string | number, unknown>)[key] : undefined;
  }
  return at;
}

/** A copy of the draft with `value` at `path` (objects and arrays on the way copied, missing ones made). */
export function setAt(data: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof key === 'number') {
    const list = Array.isArray(data) ? data.slice() : [];
    list[key] = setAt(list[key], rest, value);
    return list;
  }
  const object = { ...asObject(data) };
  // defineProperty: a key such as "__proto__" from a file stays a plain property.
  Object.defineProperty(object, key, { value: setAt(object[key], rest, value), enumerable: true, writable: true, configurable: true });
  return object;
}

/** A copy of the draft without what is at `path` (an array item is taken out, the rest move up). */
export function removeAt(data: unknown, path: FieldPath): unknown {
  if (path.length === 0) return undefined;
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1] as string | number;
  const parent = getAt(data, parentPath);
  if (Array.isArray(parent) && typeof last === 'number') return setAt(data, parentPath, parent.filter((_, i) => i !== last));
  if (parent === null || typeof parent !== 'object') return data;
  const copy = { ...(parent as Json) };
  delete copy[String(last)];
  return setAt(data, parentPath, copy);
}

/** A map's entry renamed, keeping its place in the order (an existing key of the new name is refused: false). */
export function renameKey(data: unknown, mapPath: FieldPath, from: string, to: string): { data: unknown; ok: boolean } {
  const map = asObject(getAt(data, mapPath));
  if (from === to) return { data, ok: true };
  if (Object.hasOwn(map, to) || to === '') return { data, ok: false };
  const renamed: Json = {};
  for (const [k, v] of Object.entries(map)) Object.defineProperty(renamed, k === from ? to : k, { value: v, enumerable: true, writable: true, configurable: true });
  return { data: setAt(data, mapPath, renamed), ok: true };
}

export interface DraftProblem {
  /** The field path as the messages write it ("initial.smeFirms", "events[0].title"; "" for the whole scenario). */
  path: string;
  /** The same path as keys ([] for the whole scenario). */
  at: FieldPath;
  /** The schema's message in English, naming the field (as the CLI writes it). */
  message: string;
  /** The schema's issue the message comes from (its code and figures, for a message in another language); null for the editor's own. */
  issue: z.core.$ZodIssue | null;
}

export type DraftCheck = { ok: true; scenario: Scenario; problems: [] } | { ok: false; problems: DraftProblem[] };

/** The message for a scenario that takes a built-in scenario's id (the game and the planner know those by id). */
export const BUILT_IN_ID_MESSAGE = 'id: this is a built-in scenario\'s id; give your scenario its own';

/** Checks a draft with the scenario schema: the scenario, or each problem with the schema's message. */
export function checkDraft(data: unknown): DraftCheck {
  const result = scenarioSchema.safeParse(data);
  if (!result.success) {
    const seen = new Set<string>();
    const problems: DraftProblem[] = [];
    for (const issue of result.error.issues) {
      const message = describeIssue(issue);
      if (seen.has(message)) continue;
      seen.add(message);
      const at = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      problems.push({ path: fieldPath(issue.path), at, message, issue });
    }
    return { ok: false, problems };
  }
  if (isScenarioId(result.data.id)) return { ok: false, problems: [{ path: 'id', at: ['id'], message: BUILT_IN_ID_MESSAGE, issue: null }] };
  return { ok: true, scenario: result.data, problems: [] };
}

/** A draft from a scenario (a built-in one or an archetype) under an id of its own. */
export function draftFrom(scenario: Scenario, taken: (id: string) => boolean = isScenarioId): Json {
  const copy = structuredClone(scenario) as Json;
  delete copy.$schema;
  copy.id = freeId(`my-${scenario.id}`, taken);
  return copy;
}

/** `base`, or base-2, base-3 ... the first that is not taken (ids are lower-case words joined by hyphens). */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The label of a property: "smeFirms" -> "Sme firms", "budgetUsdM" -> "Budget usd m". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What names a list item in its heading: its title, label, name or id, when it has one; else its
 * first few plain values ("quality · add · 0.05" for an effect, "2010 · worldDemand · -0.2" for a shock).
 * `words` writes a value for the heading (a choice's name, a number in the language's way; the value
 * as the file writes it by default), given the property it comes from ("" for a plain value).
 */
export function itemTitle(value: unknown, words: (key: string, part: string | number) => string = (_key, part) => String(part)): string | null {
  const object = asObject(value);
  for (const key of ['title', 'label', 'name', 'id', 'role']) {
    const v = object[key];
    if (typeof v === 'string' && v.trim() !== '') return words(key, v);
  }
  const plain = Object.entries(object)
    .filter((entry): entry is [string, string | number] => (typeof entry[1] === 'string' && entry[1].trim() !== '') || typeof entry[1] === 'number')
    .slice(0, 3)
    .map(([key, v]) => {
      const text = words(key, v);
      // The file's own text is cut short; a name the editor gives a choice is not.
      return typeof v === 'string' && text === v && text.length > 40 ? `${text.slice(0, 39)}…` : text;
    });
  if (plain.length > 0) return plain.join(' · ');
  return typeof value === 'string' && value.trim() !== '' ? words('', value) : null;
}
