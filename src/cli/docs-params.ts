// Generates the parameter table in docs/model.md from PARAM_SPECS, so the document cannot drift from
// the code. Only the block between the markers is rewritten; the prose around it is left alone.
//
//   npx tsx src/cli/docs-params.ts            rewrite the block in docs/model.md
//   npx tsx src/cli/docs-params.ts --check    exit 1 (and say so) if the block is stale
//   npx tsx src/cli/docs-params.ts --doc <path>   use another Markdown file
//
// The functions are pure and exported, so tests/docs/model-doc.test.ts checks the block in-process.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PARAM_NAMES, PARAM_SPECS, type ParamName, type ParamSpec } from '../model/params';

export const PARAMS_START = '<!-- params:start -->';
export const PARAMS_END = '<!-- params:end -->';

const GENERATED_NOTE =
  '<!-- Generated from PARAM_SPECS (src/model/params.ts) by src/cli/docs-params.ts. Do not edit by hand: run `npx tsx src/cli/docs-params.ts`. -->';

/** The repository's docs/model.md, found from this file's location (works from any working directory). */
export const DEFAULT_DOC_PATH = fileURLToPath(new URL('../../docs/model.md', import.meta.url));

/** Text safe inside a Markdown table cell: pipes escaped, line breaks flattened. */
export function tableCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
}

/** A number as a reader expects it in a table: no float noise, no exponent for large values. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

function row(name: ParamName, spec: ParamSpec): string {
  const cells = [
    `\`${name}\``,
    formatNumber(spec.default),
    `${formatNumber(spec.min)} – ${formatNumber(spec.max)}`,
    tableCell(spec.unit),
    tableCell(spec.meaning),
    tableCell(spec.source),
    spec.limitation ? `\`${spec.limitation}\`` : '–',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The generated table (with its note), without the markers. */
export function renderParamsTable(
  specs: Record<ParamName, ParamSpec> = PARAM_SPECS,
  names: readonly ParamName[] = PARAM_NAMES,
): string {
  const lines = [
    GENERATED_NOTE,
    '',
    `${names.length} parameters, in the order of \`PARAM_SPECS\`. A scenario may override any of them within its range (\`parameters\` in the scenario file).`,
    '',
    '| parameter | default | range | unit | meaning | source | limitation |',
    '|---|---|---|---|---|---|---|',
    ...names.map((name) => row(name, specs[name])),
  ];
  return lines.join('\n');
}

/** Where the block sits in a document; throws when the markers are missing, repeated or out of order. */
function blockBounds(doc: string): { start: number; end: number } {
  const start = doc.indexOf(PARAMS_START);
  const end = doc.indexOf(PARAMS_END);
  if (start < 0 || end < 0)
    throw new Error(`the document has no parameter block: add ${PARAMS_START} and ${PARAMS_END} on their own lines`);
  if (doc.indexOf(PARAMS_START, start + 1) >= 0 || doc.indexOf(PARAMS_END, end + 1) >= 0) {
    throw new Error('the document has more than one parameter block marker');
  }
  if (end < start) throw new Error(`${PARAMS_END} comes before ${PARAMS_START}`);
  return { start, end };
}

/** The document with the text between the markers replaced by `table` (markers kept). */
export function replaceBlock(doc: string, table: string): string {
  const { start, end } = blockBounds(doc);
  const newline = doc.includes('\r\n') ? '\r\n' : '\n';
  const body = table.replace(/\r?\n/g, newline);
  return `${doc.slice(0, start + PARAMS_START.length)}${newline}${body}${newline}${doc.slice(end)}`;
}

/** True when the document's block is exactly what the generator would write now. */
export function isBlockCurrent(doc: string, table: string = renderParamsTable()): boolean {
  return replaceBlock(doc, table) === doc;
}

/** The CLI: returns the exit code instead of exiting, so it can be called from a test. */
export function main(argv: readonly string[], log: (line: string) => void = console.log): number {
  const check = argv.includes('--check');
  const docIndex = argv.indexOf('--doc');
  const docArg = docIndex >= 0 ? argv[docIndex + 1] : undefined;
  if (docIndex >= 0 && !docArg) {
    log('docs-params: --doc needs a path');
    return 2;
  }
  const known = new Set(['--check', '--doc']);
  const unknown = argv.filter((a, i) => !known.has(a) && !(docIndex >= 0 && i === docIndex + 1));
  if (unknown.length > 0) {
    log(`docs-params: unknown argument ${unknown.join(' ')} (use --check and/or --doc <path>)`);
    return 2;
  }
  const docPath = docArg ? path.resolve(docArg) : DEFAULT_DOC_PATH;
  const doc = readFileSync(docPath, 'utf8');
  const updated = replaceBlock(doc, renderParamsTable());
  if (check) {
    if (updated === doc) return 0;
    log(
      `docs-params: the parameter table in ${docPath} is out of date with PARAM_SPECS; run: npx tsx src/cli/docs-params.ts`,
    );
    return 1;
  }
  if (updated !== doc) {
    writeFileSync(docPath, updated, 'utf8');
    log(`docs-params: updated the parameter table in ${docPath} (${PARAM_NAMES.length} parameters)`);
  } else {
    log(`docs-params: the parameter table in ${docPath} is up to date`);
  }
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`docs-params: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
