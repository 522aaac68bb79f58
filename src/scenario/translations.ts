// Scenario texts in other languages, kept beside the scenario files:
//
//   scenarios/locales/<language>/<scenario id>.json
//
// A translation file holds every text a player reads from a scenario, keyed by the scenario's own ids
// (event id, then choice id; goal metric and comparison; limitation name), never numbers: the model
// reads the English scenario, so every language plays the same game (localize.ts lays the texts over
// it for the screens). Sources and citations are not shown and stay as they are.
//
// The schema is built for one scenario, so it knows which events, choices, goals and limitations exist:
// a missing text and a text for something the scenario no longer has (a stale translation of a removed
// event) are both errors, each named by its path. Pure; no file access (src/cli/scenario-texts.ts
// reads the files).
import { z } from 'zod';
import type { Limitation } from '../model/types';
import { describeIssue } from './errors';
import type { RoleId, Scenario } from './schema';

export interface ChoiceTexts {
  label: string;
  /** What the player is told the choice means. */
  text: string;
}

export interface EventTexts {
  title: string;
  text: string;
  choices: Record<string, ChoiceTexts>;
}

/** Every player-visible text of a scenario, in the shape of a translation file. */
export interface ScenarioTexts {
  name: string;
  shortName: string;
  country: string;
  sector: string;
  /** The story; paragraphs are separated by a blank line, as in the scenario. */
  briefing: string;
  /** In the scenario's order, as many as the scenario has. */
  learningGoals: string[];
  /** Goal labels by goalKey (metric/comparison). */
  goals: Record<string, string>;
  /** The note on each limitation the scenario lists, by limitation. */
  limitations: Partial<Record<Limitation, string>>;
  events: Record<string, EventTexts>;
  /** A workshop role's brief and concerns, by role id (only when the scenario has roles). */
  roles?: Partial<Record<RoleId, RoleTexts>>;
  /** The texts of the policy path the real government took (only when the scenario has one). */
  history?: HistoryTexts;
}

export interface HistoryTexts {
  title: string;
  summary: string;
  note: string;
}

export interface RoleTexts {
  brief: string;
  /** As many as the scenario's role has, in its order. */
  concerns: string[];
}

/** A translation file: the scenario it translates, then its texts. */
export interface ScenarioTranslationFile extends ScenarioTexts {
  scenario: string;
}

/** A translation as the overlay takes it: any text may be missing (the English one is kept). */
export interface PartialScenarioTexts {
  name?: string;
  shortName?: string;
  country?: string;
  sector?: string;
  briefing?: string;
  learningGoals?: readonly (string | undefined)[];
  goals?: Readonly<Record<string, string | undefined>>;
  limitations?: Readonly<Partial<Record<string, string | undefined>>>;
  events?: Readonly<
    Record<
      string,
      | {
          title?: string;
          text?: string;
          choices?: Readonly<Record<string, { label?: string; text?: string } | undefined>>;
        }
      | undefined
    >
  >;
  roles?: Readonly<Record<string, { brief?: string; concerns?: readonly (string | undefined)[] } | undefined>>;
  history?: Readonly<Partial<HistoryTexts>>;
}

/** A goal's key in a translation file: "quality/above", "poverty/beatBaseline" (unique in a scenario). */
export function goalKey(goal: Pick<Scenario['goals'][number], 'metric' | 'comparison'>): string {
  return `${goal.metric}/${goal.comparison}`;
}

/** The scenario's own (English) texts, in the shape of a translation file. */
export function scenarioTexts(scenario: Scenario): ScenarioTexts {
  return {
    name: scenario.name,
    shortName: scenario.shortName,
    country: scenario.country,
    sector: scenario.sector,
    briefing: scenario.briefing,
    learningGoals: [...scenario.learningGoals],
    goals: Object.fromEntries(scenario.goals.map((g) => [goalKey(g), g.label])),
    limitations: Object.fromEntries(scenario.limitations.map((l) => [l.limitation, l.note])),
    events: Object.fromEntries(
      scenario.events.map((e) => [
        e.id,
        {
          title: e.title,
          text: e.text,
          choices: Object.fromEntries(e.choices.map((c) => [c.id, { label: c.label, text: c.text }])),
        },
      ]),
    ),
    ...(scenario.roles?.length
      ? { roles: Object.fromEntries(scenario.roles.map((r) => [r.role, { brief: r.brief, concerns: [...r.concerns] }])) }
      : {}),
    ...(scenario.history
      ? { history: { title: scenario.history.title, summary: scenario.history.summary, note: scenario.history.note } }
      : {}),
  };
}

/** Every text of a ScenarioTexts as [path, text] pairs, in file order ("events.ce-marking.choices.x.label"). */
export function textEntries(texts: PartialScenarioTexts): [string, string][] {
  const out: [string, string][] = [];
  const push = (path: string, text: string | undefined) => {
    if (typeof text === 'string') out.push([path, text]);
  };
  for (const field of ['name', 'shortName', 'country', 'sector', 'briefing'] as const) push(field, texts[field]);
  (texts.learningGoals ?? []).forEach((text, i) => push(`learningGoals[${i}]`, text));
  for (const [key, text] of Object.entries(texts.goals ?? {})) push(`goals.${key}`, text);
  for (const [key, text] of Object.entries(texts.limitations ?? {})) push(`limitations.${key}`, text);
  for (const [id, event] of Object.entries(texts.events ?? {})) {
    push(`events.${id}.title`, event?.title);
    push(`events.${id}.text`, event?.text);
    for (const [choiceId, choice] of Object.entries(event?.choices ?? {})) {
      push(`events.${id}.choices.${choiceId}.label`, choice?.label);
      push(`events.${id}.choices.${choiceId}.text`, choice?.text);
    }
  }
  for (const [role, roleTexts] of Object.entries(texts.roles ?? {})) {
    push(`roles.${role}.brief`, roleTexts?.brief);
    (roleTexts?.concerns ?? []).forEach((text, i) => push(`roles.${role}.concerns[${i}]`, text));
  }
  for (const field of ['title', 'summary', 'note'] as const) push(`history.${field}`, texts.history?.[field]);
  return out;
}

/** A language's translation files keyed by the scenario id each is named after ("…/fr/sialkot-surgical.json" -> "sialkot-surgical"). */
export function textsById(files: Record<string, unknown>): Record<string, PartialScenarioTexts> {
  return Object.fromEntries(
    Object.entries(files).map(([path, texts]) => [path.replace(/^.*\/|\.json$/g, ''), texts as PartialScenarioTexts]),
  );
}

// ---------------------------------------------------------------------------------------------
// The schema of one scenario's translation file

const MISSING = 'missing: translate the English text';
const text = z
  .string({ error: (issue) => (issue.input === undefined ? MISSING : 'must be text') })
  .trim()
  .min(1, 'must not be empty');

/** Errors for a missing or mistyped group (an event, a choice, the goals). */
const group = (issue: { input?: unknown }) => (issue.input === undefined ? MISSING : 'must be an object of texts');

/** An object with exactly these keys, each a text (or `value`'s schema). */
function exactly<T extends z.ZodType>(keys: readonly string[], value: T) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<string, T>, { error: group });
}

/** The schema of a translation file for `scenario`: every text present, nothing the scenario does not have. */
export function translationSchemaFor(scenario: Scenario) {
  const n = scenario.learningGoals.length;
  return z.strictObject({
    $schema: z.string().optional(),
    scenario: z
      .string({ error: `must be "${scenario.id}", the scenario this file translates` })
      .refine((id) => id === scenario.id, `must be "${scenario.id}", the scenario this file translates`),
    name: text,
    shortName: text,
    country: text,
    sector: text,
    briefing: text,
    learningGoals: z
      .array(text, { error: `missing: the scenario's ${n} learning goals, in its order` })
      .length(n, `must have ${n} items, as the scenario has`),
    goals: exactly(scenario.goals.map(goalKey), text),
    limitations: exactly(
      scenario.limitations.map((l) => l.limitation),
      text,
    ),
    events: z.strictObject(
      Object.fromEntries(
        scenario.events.map((e) => [
          e.id,
          z.strictObject(
            {
              title: text,
              text: text,
              choices: exactly(
                e.choices.map((c) => c.id),
                z.strictObject({ label: text, text: text }, { error: group }),
              ),
            },
            { error: group },
          ),
        ]),
      ),
      { error: group },
    ),
    // Only a scenario with roles has role texts: a file translating roles the scenario lacks is stale.
    ...(scenario.roles?.length
      ? {
          roles: z.strictObject(
            Object.fromEntries(
              scenario.roles.map((r) => {
                const m = r.concerns.length;
                return [
                  r.role,
                  z.strictObject(
                    {
                      brief: text,
                      concerns: z
                        .array(text, { error: `missing: the role's ${m} concerns, in its order` })
                        .length(m, `must have ${m} items, as the role has`),
                    },
                    { error: group },
                  ),
                ];
              }),
            ),
            { error: group },
          ),
        }
      : {}),
    // Likewise the history's texts: only for a scenario with a history.
    ...(scenario.history
      ? { history: z.strictObject({ title: text, summary: text, note: text }, { error: group }) }
      : {}),
  });
}

/** What an unknown key in a translation file is, by where it is. */
function unknownKeyMessage(issue: z.core.$ZodIssue & { code: 'unrecognized_keys' }): string {
  const path = issue.path.map(String);
  const keys = issue.keys.map((k) => `"${k}"`).join(', ');
  const where = path.join('.');
  if (path.length === 1 && path[0] === 'events') return `events: no event ${keys} in the scenario (a stale translation? remove it)`;
  if (path.length === 3 && path[0] === 'events' && path[2] === 'choices')
    return `${where}: no choice ${keys} in this event (a stale translation? remove it)`;
  if (path.length === 1 && path[0] === 'goals') return `goals: no goal ${keys} in the scenario (keys are metric/comparison)`;
  if (path.length === 1 && path[0] === 'roles') return `roles: no role ${keys} in the scenario (a stale translation? remove it)`;
  if (path.length === 0 && issue.keys.includes('history'))
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (the scenario has no history)`;
  if (path.length === 0 && issue.keys.includes('roles'))
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (the scenario has no workshop roles)`;
  if (path.length === 1 && path[0] === 'limitations') return `limitations: the scenario does not list ${keys}`;
  return `${where ? `${where}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
}

/**
 * The numbers written in a text, as digit strings, sorted: thousands separators (",", spaces, no-break
 * spaces) are dropped and decimal marks split, so "1,720", "1 720" and "1720" read the same, as do
 * "0.5" and "0,5".
 */
export function numbersIn(value: string): string[] {
  const joined = value.replace(/(\d)[,\s\u00a0\u202f](?=\d{3}(?!\d))/g, '$1');
  return (joined.match(/\d+/g) ?? []).sort();
}

/**
 * Problems with a translation file for `scenario`, each naming its path (empty when it is complete and
 * right): missing or empty texts, texts for events, choices, goals or limitations the scenario does not
 * have, and texts whose numbers differ from the English (a figure mistyped in translation).
 */
export function translationProblems(scenario: Scenario, data: unknown): string[] {
  const result = translationSchemaFor(scenario).safeParse(data);
  if (!result.success) {
    const seen = new Set<string>();
    for (const issue of result.error.issues)
      seen.add(issue.code === 'unrecognized_keys' ? unknownKeyMessage(issue) : describeIssue(issue));
    return [...seen];
  }
  const english = new Map(textEntries(scenarioTexts(scenario)));
  const problems: string[] = [];
  // `roles` is in the schema only for a scenario with roles, so zod types it as unknown; it was checked above.
  for (const [path, translated] of textEntries(result.data as PartialScenarioTexts)) {
    const original = english.get(path);
    if (original === undefined) continue;
    const expected = numbersIn(original);
    const found = numbersIn(translated);
    if (expected.join() !== found.join())
      problems.push(`${path}: the numbers differ from the English (English ${expected.join(', ') || 'none'}; here ${found.join(', ') || 'none'})`);
  }
  return problems;
}
