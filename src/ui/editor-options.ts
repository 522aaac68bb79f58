// The names of a choice field's options (the scenario schema's enums) in the interface's language:
// the option shows the name, the file keeps its value ("Demande mondiale (worldDemand)" stores
// "worldDemand"). Names come from where the game already names the thing, so nothing is translated
// twice: the kinds of cluster, incentive targets, limitations and shocks from view/labels.ts and
// view/budget.ts, the workshop roles from view/workshop-roles.ts, the goals' figures from their
// charts (view/chart-specs.ts), and a stock an event watches or changes by the editor's own label of
// its starting figure ("initial.trust"). Only what the game never names is the editor's own words
// (OPTION_WORDS, keys of src/ui/locales/editor.*). tests/ui/editor-options.test.ts fails when a
// value of a schema enum has no name in English, French or Arabic.
import { CONDITION_INDICATORS, EFFECT_TARGETS, SHOCKS } from '../model';
import { CHART_DEFINITIONS, GOAL_CHARTS } from '../view/chart-specs';
import { INCENTIVE_TARGET_LABELS } from '../view/budget';
import { CAUSE_LABELS, CLUSTER_TYPE_LABELS, LIMITATION_LABELS } from '../view/labels';
import { ROLE_LABELS } from '../view/workshop-roles';
import { currentLocale, t } from './i18n';
import { DICTIONARIES } from './locales';
import { FIELD_LABELS } from './locales/editor-fields';

/** Where an option's name comes from: an English key of the dictionaries, or the editor's labels of fields (joined " › "). */
export type OptionName = { key: string } | { fields: readonly string[] };

/** What the game names nowhere (English keys, in locales/editor.fr.ts and editor.ar.ts). */
export const OPTION_WORDS = {
  add: 'Add to the value',
  scale: 'Multiply by (1 + change)',
  above: 'Above the value',
  below: 'Below the value',
  beatBaseline: 'Better than with no new policy',
  productivity: 'Productivity (index, 1 at the start)',
} as const;

const keys = (labels: Readonly<Record<string, string>>): Record<string, OptionName> =>
  Object.fromEntries(Object.entries(labels).map(([value, key]) => [value, { key }]));

/** The names of the given values only (a table shared by choices of different values). */
const only = (names: Readonly<Record<string, OptionName>>, values: readonly string[]): Record<string, OptionName> =>
  Object.fromEntries(Object.entries(names).filter(([value]) => values.includes(value)));

/** A shock by its name as a cause in the year report. */
const SHOCK_NAMES = only(keys(CAUSE_LABELS), SHOCKS);

/** A stock of the cluster (what an event watches or changes): the label of its starting figure, else the game's name. */
const STOCK_NAMES: Record<string, OptionName> = {
  ...Object.fromEntries(
    ['smeFirms', 'largeFirms', 'foreignFirms', 'quality', 'skills', 'infrastructure', 'research', 'trust', 'exportShare', 'workingConditions', 'wageUsdPerDay', 'donorSupportUsdM', 'poverty', 'employment', 'outputUsdM'].map(
      (stock) => [stock, { fields: [`initial.${stock}`] }],
    ),
  ),
  approvalSme: { fields: ['initial.approval', 'initial.approval.sme'] },
  approvalLarge: { fields: ['initial.approval', 'initial.approval.large'] },
  approvalWorkers: { fields: ['initial.approval', 'initial.approval.workers'] },
  approvalDonors: { fields: ['initial.approval', 'initial.approval.donors'] },
  budgetUsdM: { fields: ['budgetUsdM'] },
  smeShare: { key: CHART_DEFINITIONS['sme-share'].indicator },
  jointCapital: { key: INCENTIVE_TARGET_LABELS.joint },
  productivity: { key: OPTION_WORDS.productivity },
};

/** The names of each choice field's options, by the field's place in the schema (view/editor-form.ts fieldPattern). */
export const OPTION_NAMES: Readonly<Record<string, Readonly<Record<string, OptionName>>>> = {
  type: keys(CLUSTER_TYPE_LABELS),
  incentiveTarget: keys(INCENTIVE_TARGET_LABELS),
  'history.plan.years[].incentiveTarget': keys(INCENTIVE_TARGET_LABELS),
  'limitations[].limitation': keys(LIMITATION_LABELS),
  'roles[].role': Object.fromEntries(Object.entries(ROLE_LABELS).map(([role, label]) => [role, { key: label.text }])),
  'goals[].metric': Object.fromEntries(Object.entries(GOAL_CHARTS).map(([metric, chart]) => [metric, { key: CHART_DEFINITIONS[chart].indicator }])),
  'goals[].comparison': keys({ above: OPTION_WORDS.above, below: OPTION_WORDS.below, beatBaseline: OPTION_WORDS.beatBaseline }),
  'events[].trigger.shock': SHOCK_NAMES,
  'events[].trigger.when.indicator': only(STOCK_NAMES, CONDITION_INDICATORS),
  'events[].choices[].effects[].target': only(STOCK_NAMES, EFFECT_TARGETS),
  'events[].choices[].effects[].mode': keys({ add: OPTION_WORDS.add, scale: OPTION_WORDS.scale }),
  'scheduled[].shock': SHOCK_NAMES,
  'history.scheduled[].shock': SHOCK_NAMES,
};

/** An option's name in a language (the current one by default); null where it has none there. */
export function optionName(pattern: string, value: string, locale = currentLocale()): string | null {
  const name = Object.hasOwn(OPTION_NAMES, pattern) && Object.hasOwn(OPTION_NAMES[pattern] ?? {}, value) ? OPTION_NAMES[pattern]?.[value] : undefined;
  if (!name) return null;
  if ('key' in name) {
    if (locale === currentLocale()) return locale === 'en' || DICTIONARIES[locale]?.[name.key] ? t(name.key) : null;
    return locale === 'en' ? name.key : (DICTIONARIES[locale]?.[name.key] ?? null);
  }
  const parts = name.fields.map((field) => FIELD_LABELS[locale]?.[field] ?? null);
  return parts.every((part): part is string => part !== null && part.trim() !== '') ? parts.join(' › ') : null;
}

/** An option's text: its name in the interface's language with the file's value ("Mass producers (mass-producers)"); the value where it has no name. */
export function optionText(pattern: string, value: string): string {
  const name = optionName(pattern, value);
  return name ? t('{label} ({value})', { label: name, value }) : value;
}

/** A value of a choice field as a message or a heading says it: its name, else the value as written. */
export function optionWords(pattern: string, value: string): string {
  return optionName(pattern, value) ?? value;
}
