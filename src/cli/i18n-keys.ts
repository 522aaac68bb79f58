// Finds every translatable English key (the gettext-style keys of src/ui/i18n.ts) and checks the
// locale dictionaries against them.
//
//   npx tsx src/cli/i18n-keys.ts              list the keys, one a line, with where each is used
//   npx tsx src/cli/i18n-keys.ts --json       the same as JSON ({ key: ["file:line", ...] })
//   npx tsx src/cli/i18n-keys.ts --check      report keys missing from each locale, placeholders that
//                                             differ from the English, and unused entries, then the
//                                             scenarios' texts (src/cli/scenario-texts.ts); exit 1 when
//                                             a locale misses a key, a placeholder or a scenario text
//
// Static analysis only (the TypeScript parser, no code is run), so it never imports the UI:
//  - string literals passed as the first argument to t(), msg() or tr() anywhere in the UI, view,
//    flow and platform code (both branches of a `cond ? 'a' : 'b'` count);
//  - the label and template tables the UI passes through t() at render time, listed in TABLES below
//    (add a line there when a new table of English text is shown through t());
//  - the static text of index.html (the title page, screen headings, landmark labels), which
//    src/ui/locales translates in place.
// The locale files (src/ui/locales/<code>.ts, and <part>.<code>.ts for a part of the app loaded
// later) are read the same way: one object literal of 'English': 'translation' pairs each.
//
// The functions are exported, so tests/ui/i18n.test.ts runs the check in-process.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { checkScenarioLocales, printScenarioReports } from './scenario-texts';

/** The repository root, found from this file's location (works from any working directory). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Folders whose t()/msg()/tr()/vt() calls are scanned (vt: src/view/format.ts, set to t() by src/ui/locales). */
export const SCANNED_DIRS = ['src/ui', 'src/view', 'src/flow', 'src/platform'];
/** Functions whose first argument is an English key. */
export const TRANSLATING_CALLS = ['t', 'msg', 'tr', 'vt'];
/** The locale dictionaries that must cover every key. */
export const LOCALE_CODES = ['fr', 'ar'];
export const LOCALES_DIR = 'src/ui/locales';

/** English text in index.html that is not translated: the product's name. */
export const UNTRANSLATED = new Set(['Cluster Policy Lab']);

/**
 * Tables of English text that reach the screen through t() by way of a variable (a label map, a
 * property, a helper's argument or return value). `consts`: top-level constants whose string
 * values are keys (`'*'`: every top-level constant of the file); `properties`: only string values of
 * these property names (inside `consts` when given, otherwise anywhere in the file); `calls`:
 * argument positions (0-based) of a local helper; `returns`: functions whose returned literals are keys.
 */
export interface TableSource {
  file: string;
  consts?: string[] | '*';
  properties?: string[];
  calls?: Record<string, number[]>;
  returns?: string[];
}

export const TABLES: TableSource[] = [
  { file: 'src/view/labels.ts', consts: '*' },
  {
    file: 'src/view/budget.ts',
    consts: ['LEVER_HINTS', 'INCENTIVE_TARGET_LABELS', 'INCENTIVE_TARGET_HINTS', 'TARIFF_HINT', 'LABOR_STANDARDS_HINT'],
  },
  // HUD: indicator labels (selectIndicators), approval reasons (DRIVER_WORDS, through reasonWords).
  { file: 'src/view/hud.ts', consts: ['DRIVER_WORDS'] },
  { file: 'src/view/groups.ts', consts: ['GROUP_LABELS'] },
  { file: 'src/ui/charts/groups-adapter.ts', consts: ['GROUP_SERIES'], properties: ['label'] },
  { file: 'src/view/hud.ts', properties: ['label'], calls: { indicator: [1] } },
  // Year report: headline labels, the kind column, cause phrases and shock sentences (all msg()).
  { file: 'src/view/report.ts', consts: ['KIND_LABELS', 'LEVER_EARLIER_PHRASE'] },
  { file: 'src/view/report.ts', properties: ['label'], calls: { note: [2, 3] }, returns: ['shockPhrase'] },
  // Debrief: grade meanings, the six questions, scorecard labels.
  { file: 'src/view/debrief.ts', consts: ['GRADE_MEANINGS', 'QUESTIONS'] },
  { file: 'src/view/debrief.ts', properties: ['label'] },
  // Charts: indicator names and units, group headings, series names, shock marks.
  { file: 'src/view/chart-specs/definitions.ts', consts: ['GROUP_LABELS'] },
  { file: 'src/view/chart-specs/outcomes.ts', consts: ['PLAYER_LABEL', 'BASELINE_LABEL', 'BAND_LABEL'] },
  { file: 'src/view/chart-specs/marks.ts', consts: ['SHOCK_WORDS', 'TARGET_WORDS'] },
  { file: 'src/view/chart-specs/definitions.ts', consts: ['CHART_DEFINITIONS'], properties: ['indicator', 'unit'] },
  // Planner: the names and units of the outcomes in its tables.
  { file: 'src/view/planner-summary.ts', consts: ['SUMMARY_DEFINITIONS'], properties: ['label', 'unit'] },
  // Waterfall: group names, indicator names and units, and the words of each contribution.
  { file: 'src/view/waterfall.ts', consts: ['CONTRIBUTION_GROUP_LABELS', 'LEVER_EARLIER'] },
  { file: 'src/view/waterfall.ts', consts: ['OUTCOME_DEFS'], properties: ['indicator', 'unit'] },
  { file: 'src/view/waterfall.ts', properties: ['words'], returns: ['baseWords', 'stepLabel'] },
  { file: 'src/ui/briefing.ts', consts: ['DIFFICULTY_TEXT'] },
  // History mode: the line's name and the compared outcomes.
  { file: 'src/view/history.ts', consts: ['HISTORY_LABEL'] },
  { file: 'src/view/history.ts', properties: ['label'] },
  { file: 'src/ui/hud.ts', consts: ['DIRECTION_WORDS'] },
  { file: 'src/ui/tutorial.ts', consts: ['TUTORIAL_STEPS'], properties: ['title', 'text', 'name'] },
  { file: 'src/ui/charts/waterfall-view.ts', consts: ['TITLES'] },
  // Scenario editor: its sections' titles and hints.
  { file: 'src/ui/editor-screen.ts', consts: ['SECTION_TITLES', 'SECTION_HINTS', 'STEPS'] },
  // Scenario editor: the names of choices the game names nowhere else.
  { file: 'src/ui/editor-options.ts', consts: ['OPTION_WORDS'] },
  // Problems the lower layers report in English (refusals, save and import errors), shown translated.
  { file: 'src/platform/problem-text.ts', consts: ['PROBLEM_TEMPLATES', 'PROBLEM_WORDS'] },
];

/** Where a key is used: "src/ui/hud.ts:42". */
export type KeyIndex = Map<string, string[]>;

// ---------------------------------------------------------------------------------------------
// TypeScript sources

function parse(file: string, root: string): ts.SourceFile {
  const text = readFileSync(path.join(root, file), 'utf8');
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function where(node: ts.Node, source: ts.SourceFile): string {
  return `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
}

/** The literal strings an expression can evaluate to: 'a', `a`, c ? 'a' : 'b', ('a'), 'a' as const. */
function literalLeaves(node: ts.Expression | undefined): ts.StringLiteralLike[] {
  if (!node) return [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return literalLeaves(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalLeaves(node.whenTrue), ...literalLeaves(node.whenFalse)];
  return [];
}

/** Every string value inside an initializer (object values, array and tuple items), not property names. */
function valueLeaves(
  node: ts.Node,
  properties: string[] | undefined,
  inProperty: string | null,
): ts.StringLiteralLike[] {
  const out: ts.StringLiteralLike[] = [];
  const visit = (n: ts.Node, property: string | null): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      if (!properties || (property !== null && properties.includes(property))) out.push(n);
      return;
    }
    if (ts.isPropertyAssignment(n)) {
      visit(n.initializer, propertyName(n.name) ?? property);
      return;
    }
    // Functions inside a table are code, not text; calls are followed (e.g. def({ ... })).
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n)) return;
    ts.forEachChild(n, (child) => visit(child, property));
  };
  visit(node, inProperty);
  return out;
}

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return null;
}

function calleeName(call: ts.CallExpression): string | null {
  return ts.isIdentifier(call.expression) ? call.expression.text : null;
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

function add(index: KeyIndex, key: string, at: string): void {
  if (key.trim() === '' || UNTRANSLATED.has(key)) return;
  const list = index.get(key);
  if (list) {
    if (!list.includes(at)) list.push(at);
  } else index.set(key, [at]);
}

/** Keys passed straight to t(), msg() or tr(). */
function callKeys(source: ts.SourceFile, index: KeyIndex): void {
  walk(source, (node) => {
    if (!ts.isCallExpression(node)) return;
    const name = calleeName(node);
    if (!name || !TRANSLATING_CALLS.includes(name)) return;
    for (const leaf of literalLeaves(node.arguments[0])) add(index, leaf.text, where(leaf, source));
  });
}

function topLevelConsts(source: ts.SourceFile): Map<string, ts.Expression> {
  const consts = new Map<string, ts.Expression>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer)
        consts.set(declaration.name.text, declaration.initializer);
    }
  }
  return consts;
}

function tableKeys(table: TableSource, source: ts.SourceFile, index: KeyIndex): void {
  if (table.consts) {
    const consts = topLevelConsts(source);
    const names = table.consts === '*' ? [...consts.keys()] : table.consts;
    for (const name of names) {
      const initializer = consts.get(name);
      if (!initializer)
        throw new Error(`${table.file}: no top-level constant ${name} (update TABLES in src/cli/i18n-keys.ts)`);
      for (const leaf of valueLeaves(initializer, table.properties, null)) add(index, leaf.text, where(leaf, source));
    }
  } else if (table.properties) {
    const properties = table.properties;
    walk(source, (node) => {
      if (!ts.isPropertyAssignment(node)) return;
      const name = propertyName(node.name);
      if (name === null || !properties.includes(name)) return;
      for (const leaf of literalLeaves(node.initializer)) add(index, leaf.text, where(leaf, source));
    });
  }
  if (table.calls) {
    const calls = table.calls;
    walk(source, (node) => {
      if (!ts.isCallExpression(node)) return;
      const positions = calls[calleeName(node) ?? ''];
      for (const i of positions ?? [])
        for (const leaf of literalLeaves(node.arguments[i])) add(index, leaf.text, where(leaf, source));
    });
  }
  for (const fn of table.returns ?? []) {
    let found = false;
    walk(source, (node) => {
      if (!ts.isFunctionDeclaration(node) || node.name?.text !== fn || !node.body) return;
      found = true;
      const visit = (n: ts.Node): void => {
        if (ts.isFunctionLike(n)) return;
        if (ts.isReturnStatement(n))
          for (const leaf of literalLeaves(n.expression)) add(index, leaf.text, where(leaf, source));
        ts.forEachChild(n, visit);
      };
      ts.forEachChild(node.body, visit);
    });
    if (!found) throw new Error(`${table.file}: no function ${fn} (update TABLES in src/cli/i18n-keys.ts)`);
  }
}

function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const full = path.join(root, dir);
  for (const name of readdirSync(full).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(full, name)).isDirectory()) out.push(...sourceFiles(root, rel));
    else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) out.push(rel);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// index.html

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeHtml(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return HTML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Collapses runs of white space, as the page shows them. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Attributes whose text is read out or shown (src/ui/locales translates the same ones). */
export const TRANSLATED_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];

/** Static text of an HTML page: text between tags and the translated attributes. Skips scripts, styles, SVG, <title> and <option>. */
export function htmlKeys(html: string, file: string, index: KeyIndex): void {
  const lineOf = (offset: number): number => html.slice(0, offset).split('\n').length;
  // Blank out what is skipped (keeping offsets, so line numbers stay right).
  const blank = (text: string, re: RegExp): string => text.replace(re, (m) => m.replace(/[^\n]/g, ' '));
  let body = blank(html, /<!--[\s\S]*?-->/g);
  for (const tag of ['script', 'style', 'svg', 'title', 'option', 'head'])
    body = blank(body, new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}>`, 'gi'));
  for (const match of body.matchAll(/<[a-z][^>]*>/gi)) {
    for (const attr of match[0].matchAll(/\s([\w-]+)\s*=\s*"([^"]*)"/g)) {
      if (TRANSLATED_ATTRIBUTES.includes((attr[1] ?? '').toLowerCase())) {
        add(index, normaliseSpace(decodeHtml(attr[2] ?? '')), `${file}:${lineOf(match.index ?? 0)}`);
      }
    }
  }
  for (const match of body.matchAll(/>([^<]+)</g)) {
    const text = normaliseSpace(decodeHtml(match[1] ?? ''));
    if (text && /\p{L}/u.test(text)) add(index, text, `${file}:${lineOf((match.index ?? 0) + 1)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// All keys

/** Every translatable English key in the repository at `root`, with where it is used. */
export function extractKeys(root = REPO_ROOT): KeyIndex {
  const index: KeyIndex = new Map();
  const parsed = new Map<string, ts.SourceFile>();
  const get = (file: string): ts.SourceFile => {
    let source = parsed.get(file);
    if (!source) parsed.set(file, (source = parse(file, root)));
    return source;
  };
  for (const dir of SCANNED_DIRS) for (const file of sourceFiles(root, dir)) callKeys(get(file), index);
  for (const table of TABLES) tableKeys(table, get(table.file), index);
  htmlKeys(readFileSync(path.join(root, 'index.html'), 'utf8'), 'index.html', index);
  return new Map([...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---------------------------------------------------------------------------------------------
// Locale files

/** A locale file's dictionary, read without running it: its one object literal of string pairs. */
export function readLocaleFile(file: string, root = REPO_ROOT): Record<string, string> {
  const source = parse(file, root);
  let found: ts.ObjectLiteralExpression | null = null;
  walk(source, (node) => {
    if (!found && ts.isObjectLiteralExpression(node) && node.properties.length > 0) found = node;
  });
  const object = found as ts.ObjectLiteralExpression | null;
  if (!object) throw new Error(`${file}: no dictionary (an object literal of 'English': 'translation' pairs)`);
  const dictionary: Record<string, string> = {};
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property))
      throw new Error(`${where(property, source)}: only 'English': 'translation' pairs`);
    const key = propertyName(property.name);
    const value = literalLeaves(property.initializer);
    if (key === null || value.length !== 1 || ts.isConditionalExpression(property.initializer))
      throw new Error(`${where(property, source)}: keys and translations must be plain strings`);
    if (key in dictionary) throw new Error(`${where(property, source)}: '${key}' is translated twice`);
    dictionary[key] = (value[0] as ts.StringLiteralLike).text;
  }
  return dictionary;
}

/** The {placeholders} of a template, sorted (a repeated one counts once); an ICU {n, plural, …} counts as {n}. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\}|\s*,\s*(?:plural|select|selectordinal)\s*,)/g)].map((m) => m[1] as string))].sort();
}

export interface LocaleReport {
  code: string;
  missing: string[];
  /** Entries whose placeholders differ from the English key's. */
  placeholderMismatches: { key: string; expected: string[]; found: string[] }[];
  /** Entries for keys the extractor does not find (harmless, but probably stale). */
  unused: string[];
}

export function checkDictionary(
  code: string,
  keys: Iterable<string>,
  dictionary: Record<string, string>,
): LocaleReport {
  const all = new Set(keys);
  const missing = [...all].filter((key) => typeof dictionary[key] !== 'string' || dictionary[key].trim() === '');
  const placeholderMismatches: LocaleReport['placeholderMismatches'] = [];
  for (const [key, value] of Object.entries(dictionary)) {
    const expected = placeholdersOf(key);
    const found = placeholdersOf(value);
    if (expected.join() !== found.join()) placeholderMismatches.push({ key, expected, found });
  }
  const unused = Object.keys(dictionary).filter((key) => !all.has(key));
  return { code, missing, placeholderMismatches, unused };
}

/**
 * The files of a language's dictionary: <code>.ts (loaded with the app) and any <part>.<code>.ts
 * (the strings of a part loaded later, such as the planner: planner.fr.ts).
 */
export function localeFiles(code: string, root = REPO_ROOT): string[] {
  const parts = readdirSync(path.join(root, LOCALES_DIR))
    .filter((name) => name.endsWith(`.${code}.ts`))
    .sort();
  return [`${LOCALES_DIR}/${code}.ts`, ...parts.map((name) => `${LOCALES_DIR}/${name}`)];
}

/** A language's whole dictionary, from all its files; a key translated in two files is an error. */
export function readLocale(code: string, root = REPO_ROOT): Record<string, string> {
  const dictionary: Record<string, string> = {};
  for (const file of localeFiles(code, root)) {
    for (const [key, value] of Object.entries(readLocaleFile(file, root))) {
      if (Object.hasOwn(dictionary, key)) throw new Error(`${file}: '${key}' is translated in another file too`);
      dictionary[key] = value;
    }
  }
  return dictionary;
}

export function checkLocales(root = REPO_ROOT, codes = LOCALE_CODES): LocaleReport[] {
  const keys = [...extractKeys(root).keys()];
  return codes.map((code) => checkDictionary(code, keys, readLocale(code, root)));
}

export function failed(reports: LocaleReport[]): boolean {
  return reports.some((r) => r.missing.length > 0 || r.placeholderMismatches.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Command line

export function main(args: string[], out: (line: string) => void = console.log): number {
  const unknown = args.filter((a) => a !== '--check' && a !== '--json');
  if (unknown.length > 0) {
    out(`unknown option ${unknown.join(' ')}; use --check or --json`);
    return 2;
  }
  if (args.includes('--check')) {
    const reports = checkLocales();
    const total = extractKeys().size;
    for (const r of reports) {
      out(`${r.code}: ${total - r.missing.length}/${total} keys translated`);
      for (const key of r.missing) out(`  missing: ${JSON.stringify(key)}`);
      for (const m of r.placeholderMismatches)
        out(
          `  placeholders differ: ${JSON.stringify(m.key)} has {${m.expected.join('}, {')}}, translation {${m.found.join('}, {')}}`,
        );
      for (const key of r.unused) out(`  unused (not found in the code): ${JSON.stringify(key)}`);
    }
    // The scenarios' own texts (stories, events, goals), translated beside the scenario files.
    const scenariosComplete = printScenarioReports(checkScenarioLocales(), out);
    return failed(reports) || !scenariosComplete ? 1 : 0;
  }
  const keys = extractKeys();
  if (args.includes('--json')) out(JSON.stringify(Object.fromEntries(keys), null, 2));
  else for (const [key, places] of keys) out(`${JSON.stringify(key)}\t${places.join(' ')}`);
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
