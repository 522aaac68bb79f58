// Lays a language's texts over a scenario, for the screens. Only texts change: every number, id,
// trigger and effect is the English scenario's own, so the model (which never sees the result) and
// a screen in any language describe the same game. A text the translation lacks stays in English.
// Pure: the scenario is not changed; what is not translated is shared with it.
import { goalKey, type PartialScenarioTexts } from './translations';
import type { Scenario, ScenarioEvent, ScenarioRole } from './schema';

/** `translated` when it is a non-empty text, else `english`. */
function pick(translated: string | undefined, english: string): string {
  return typeof translated === 'string' && translated.trim() !== '' ? translated : english;
}

function localizeEvent(event: ScenarioEvent, texts: NonNullable<PartialScenarioTexts['events']>[string]): ScenarioEvent {
  if (!texts) return event;
  return {
    ...event,
    title: pick(texts.title, event.title),
    text: pick(texts.text, event.text),
    choices: event.choices.map((choice) => {
      const own = Object.hasOwn(texts.choices ?? {}, choice.id) ? texts.choices?.[choice.id] : undefined;
      return own ? { ...choice, label: pick(own.label, choice.label), text: pick(own.text, choice.text) } : choice;
    }),
  };
}

function localizeRole(role: ScenarioRole, texts: NonNullable<PartialScenarioTexts['roles']>[string]): ScenarioRole {
  if (!texts) return role;
  return {
    ...role,
    brief: pick(texts.brief, role.brief),
    concerns: role.concerns.map((concern, i) => pick(texts.concerns?.[i], concern)),
  };
}

/** `scenario` with the texts of `texts` in place of its English ones (by id; unknown ids are ignored). */
export function localizeScenario(scenario: Scenario, texts: PartialScenarioTexts): Scenario {
  // Own properties only: an event may be called "constructor" or "__proto__".
  const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
    record && Object.hasOwn(record, key) ? record[key] : undefined;
  return {
    ...scenario,
    name: pick(texts.name, scenario.name),
    shortName: pick(texts.shortName, scenario.shortName),
    country: pick(texts.country, scenario.country),
    sector: pick(texts.sector, scenario.sector),
    briefing: pick(texts.briefing, scenario.briefing),
    learningGoals: scenario.learningGoals.map((goal, i) => pick(texts.learningGoals?.[i], goal)),
    goals: scenario.goals.map((goal) => ({ ...goal, label: pick(own(texts.goals, goalKey(goal)), goal.label) })),
    limitations: scenario.limitations.map((l) => ({ ...l, note: pick(own(texts.limitations, l.limitation), l.note) })),
    events: scenario.events.map((event) => localizeEvent(event, own(texts.events, event.id))),
    ...(scenario.roles ? { roles: scenario.roles.map((r) => localizeRole(r, own(texts.roles, r.role))) } : {}),
    ...(scenario.history
      ? {
          history: {
            ...scenario.history,
            title: pick(texts.history?.title, scenario.history.title),
            summary: pick(texts.history?.summary, scenario.history.summary),
            note: pick(texts.history?.note, scenario.history.note),
          },
        }
      : {}),
  };
}
