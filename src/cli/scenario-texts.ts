// Checks the built-in scenarios' translations (scenarios/locales/<language>/<scenario id>.json):
// every scenario has a file in every language, every file translates a scenario that exists, and
// each file is complete and current for its scenario (src/scenario/translations.ts: no text missing,
// none for a removed event or choice, the same numbers as the English).
//
//   npx tsx src/cli/scenario-texts.ts            report, exit 1 when a language misses something
//
// `npx tsx src/cli/i18n-keys.ts --check` runs the same check after the interface's keys, and
// tests/scenario/translations.test.ts runs it in the unit suite.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scenarioById, SCENARIO_IDS, translationProblems, withoutBom } from '../scenario';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCENARIO_LOCALES_DIR = 'scenarios/locales';
/** The languages every built-in scenario must be translated into. */
export const SCENARIO_LOCALE_CODES = ['fr', 'ar'];

export interface ScenarioLocaleReport {
  code: string;
  /** Scenarios translated completely and correctly. */
  complete: number;
  /** "scenarios/locales/fr/x.json: problem", one per problem. */
  problems: string[];
}

/** One language's report: a file per built-in scenario, each without problems, and no other files. */
export function checkScenarioLocale(code: string, root = REPO_ROOT): ScenarioLocaleReport {
  const dir = path.join(root, SCENARIO_LOCALES_DIR, code);
  const problems: string[] = [];
  let complete = 0;
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files) {
    const id = file.replace(/\.json$/, '');
    if (!SCENARIO_IDS.includes(id))
      problems.push(`${SCENARIO_LOCALES_DIR}/${code}/${file}: no built-in scenario "${id}" (remove the file, or name it after a scenario id)`);
  }
  for (const id of SCENARIO_IDS) {
    const rel = `${SCENARIO_LOCALES_DIR}/${code}/${id}.json`;
    const full = path.join(root, rel);
    if (!existsSync(full)) {
      problems.push(`${rel}: missing (translate scenarios/${id}.json into "${code}")`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(withoutBom(readFileSync(full, 'utf8'))) as unknown;
    } catch (error) {
      problems.push(`${rel}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const found = translationProblems(scenarioById(id), data);
    for (const problem of found) problems.push(`${rel}: ${problem}`);
    if (found.length === 0) complete += 1;
  }
  return { code, complete, problems };
}

export function checkScenarioLocales(root = REPO_ROOT, codes = SCENARIO_LOCALE_CODES): ScenarioLocaleReport[] {
  return codes.map((code) => checkScenarioLocale(code, root));
}

/** Prints the reports; true when every language is complete. */
export function printScenarioReports(reports: ScenarioLocaleReport[], out: (line: string) => void): boolean {
  for (const r of reports) {
    out(`${r.code}: ${r.complete}/${SCENARIO_IDS.length} scenarios translated`);
    for (const problem of r.problems) out(`  ${problem}`);
  }
  return reports.every((r) => r.problems.length === 0);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    process.exitCode = printScenarioReports(checkScenarioLocales(), console.log) ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
