// Words the budget controls share (the game's budget panel and the planner's phases).
import { t } from './i18n';

/** Words for how protective a tariff is. */
export function protectionWords(tariff: number): string {
  if (tariff < 0.03) return t('free trade');
  if (tariff < 0.12) return t('low protection');
  if (tariff < 0.3) return t('moderate protection');
  return t('high protection');
}

/** The text before and after {amount} in a money template, trimmed and without bidi isolates. */
export function unitAround(template: string): [string, string] {
  const [before = '', after = ''] = template.replace(/[\u2068\u2069]/g, '').split('{amount}');
  return [before.trim(), after.trim()];
}
