// The headless simulator behind `npm run sim`: arguments in, the whole output (or one error line)
// out. Kept apart from sim.ts (which only writes and sets the exit status) so it can be tested
// in-process too.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { playPlan } from '../flow';
import { SAVE_FORMAT } from '../flow/replay';
import { createModel, type Plan } from '../model';
import {
  escapeControl,
  historyPlan,
  historyWorld,
  isScenarioId,
  parseJsonText,
  parsePlan,
  parseScenario,
  scenarioById,
  SCENARIO_IDS,
  startingDecisions,
  ValidationError,
  type Scenario,
} from '../scenario';
import { BandCollector, reportCsv, reportJson, rowsOf, type Report } from './report';

export const USAGE = `Cluster Policy Lab headless simulator

usage:
  npm run --silent sim -- --scenario <id or path> [--plan <file> | --history] [--years N] [--seed S]
                          [--runs R] [--format json|csv] [--explain]
  npm run --silent sim -- --list

options:
  --scenario <id|path>  a built-in scenario id (see --list) or a scenario JSON file
  --plan <file>         a plan JSON file (default: the baseline, nothing spent, starting tariff kept)
  --history             play the path the real government took (the scenario's history: its plan,
                        in its world with the history's shocks; see docs/scenarios.md)
  --years N             years to simulate, 1..100 (default: the scenario's term)
  --seed S              seed, a 32-bit integer (default: 1)
  --runs R              Monte Carlo runs with seeds S..S+R-1, 1..10000 (default: 1); adds p10/p50/p90 bands
  --format json|csv     output format (default: json)
  --explain             add each year's attribution (what moved output, employment, poverty; JSON only)
  --quiet               no progress lines on stderr (long batches print them every 10 %)
  --list                print the built-in scenario ids, one per line
  -h, --help            print this help

Scenario and plan files: regular files up to 5 MB of UTF-8 JSON (a byte-order mark is fine).
Bad input exits with status 2 and one line on stderr. Units: see README.md, "Headless simulator".
`;

/** Bad input: exit status 2, one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface SimOptions {
  scenario: Scenario;
  plan: Plan | undefined;
  years: number;
  seed: number;
  runs: number;
  format: 'json' | 'csv';
  explain: boolean;
  quiet: boolean;
}

/** Scenario and plan files larger than this are refused unread (the biggest real one is ~40 kB). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Batches of at least this many simulated years (--runs x --years) report progress on stderr. */
export const PROGRESS_RUN_YEARS = 5000;

/** Where progress lines go (sim.ts writes them to stderr as they come). */
export type ProgressSink = (line: string) => void;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

const OPTIONS = {
  scenario: { type: 'string' },
  plan: { type: 'string' },
  history: { type: 'boolean' },
  years: { type: 'string' },
  seed: { type: 'string' },
  runs: { type: 'string' },
  format: { type: 'string' },
  explain: { type: 'boolean' },
  quiet: { type: 'boolean' },
  list: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

/**
 * Runs the simulator for `argv` (without node and script), returning what to print and the exit
 * status. Progress lines of long batches go to `progress` as they happen (none without it).
 */
export function runCli(argv: readonly string[], progress?: ProgressSink): CliResult {
  try {
    return { status: 0, stdout: execute(argv, progress), stderr: '' };
  } catch (error) {
    if (error instanceof UsageError || error instanceof ValidationError)
      return { status: 2, stdout: '', stderr: errorLine(error.message) };
    const message = error instanceof Error ? error.message : String(error);
    return { status: 1, stdout: '', stderr: errorLine(`internal error: ${message}`) };
  }
}

/** One line: control characters (from paths and file contents) are written as escapes, never raw. */
export function errorLine(message: string): string {
  return `error: ${escapeControl(message.trim())}\n`;
}

function execute(argv: readonly string[], progress?: ProgressSink): string {
  const values = parseFlags(argv);
  if (values.help) return USAGE;
  if (values.list) {
    const others = Object.keys(values).filter((name) => name !== 'list');
    if (others.length > 0)
      throw new UsageError(`--list cannot be combined with ${others.map((n) => `--${n}`).join(', ')}`);
    return SCENARIO_IDS.map((id) => `${id}\n`).join('');
  }
  const options = resolveOptions(values);
  return simulateToText(options, options.quiet ? undefined : progress);
}

type FlagValues = Partial<Record<OptionName, string | boolean>>;

/** Strict flag parsing; every parseArgs error becomes one clear UsageError line. */
export function parseFlags(argv: readonly string[]): FlagValues {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv),
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once`);
    seen.add(token.name);
  }
  return parsed.values as FlagValues;
}

/** `--seed -5` would read as a missing value followed by an unknown flag: pass it as `--seed=-5`. */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if ((arg === '--seed' || arg === '--years' || arg === '--runs') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option "${quoted ?? message}"; run with --help for the options`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted ?? message}"; options start with -- (run with --help for the options)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const flag = /(--[a-z]+)/.exec(message)?.[1];
      if (flag && /argument missing|ambiguous/.test(message)) return `${flag} needs a value`;
      if (flag && /does not take an argument/.test(message)) return `${flag} does not take a value`;
      return message;
    }
    default:
      return message;
  }
}

function integerFlag(
  values: FlagValues,
  name: 'years' | 'seed' | 'runs',
  fallback: number,
  min: number,
  max: number,
  what: string,
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const text = String(raw).trim();
  const value = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new UsageError(`--${name} must be ${what} (got "${String(raw)}")`);
  return value;
}

/**
 * A scenario or plan file's text. Only regular files, up to MAX_INPUT_BYTES, as UTF-8: a device
 * (/dev/zero, /dev/urandom) or a pipe would be read forever, so it is refused before any read. The
 * file is opened without blocking (a pipe with no writer would block the open itself) and checked
 * on the open descriptor, so what is checked is what is read.
 */
export function readText(path: string, what: string): string {
  const refuse = (reason: string) => new UsageError(`cannot read ${what} file "${path}": ${reason}`);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw refuse(readFailure(error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw refuse('it is a directory');
    if (!stat.isFile()) throw refuse('it is not a regular file (a device, a pipe or a socket); give a JSON file');
    if (stat.size > MAX_INPUT_BYTES) throw refuse(`it is larger than 5 MB (${megabytes(stat.size)} MB)`);
    // Read to the end, but never past the cap (a file can grow while it is read).
    const buffer = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_INPUT_BYTES) throw refuse('it is larger than 5 MB');
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw refuse('it is not UTF-8 text; give a JSON file');
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw refuse(readFailure(error));
  } finally {
    closeSync(fd);
  }
}

function readFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EAGAIN') return 'it is not a regular file (a device, a pipe or a socket); give a JSON file';
  return error instanceof Error ? error.message : String(error);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function looksLikePath(arg: string): boolean {
  return /[/\\]/.test(arg) || /\.json$/i.test(arg);
}

/** What a JSON file given to the wrong flag is, to say so in one line instead of a list of problems. */
function otherKindOfFile(data: unknown, expected: 'scenario' | 'plan'): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const has = (key: string) => Object.hasOwn(data, key);
  const record = data as Record<string, unknown>;
  if (record.format === SAVE_FORMAT)
    return `this looks like a saved game from the browser, not a ${expected}: export the run as JSON in the game instead, and use its "plan" with --plan`;
  if (expected === 'scenario' && Array.isArray(record.years) && !has('initial'))
    return 'this looks like a plan file, not a scenario: use --plan';
  if (expected === 'plan' && has('initial') && has('events'))
    return 'this looks like a scenario file, not a plan: use --scenario';
  if (expected === 'plan' && has('plan') && has('results') && !has('years'))
    return 'this looks like an exported run, not a plan: save its "plan" field as a file and give that to --plan';
  return null;
}

function readJson(path: string, what: 'scenario' | 'plan'): unknown {
  const data = parseJsonText(readText(path, what), path);
  const other = otherKindOfFile(data, what);
  if (other) throw new UsageError(`${path}: ${other}`);
  return data;
}

export function loadScenario(arg: string): Scenario {
  if (isScenarioId(arg)) return scenarioById(arg);
  if (!looksLikePath(arg))
    throw new UsageError(
      `unknown scenario "${arg}"; known scenarios: ${SCENARIO_IDS.join(', ')} (or give a path to a scenario .json file)`,
    );
  return parseScenario(readJson(arg, 'scenario'), arg);
}

export function resolveOptions(values: FlagValues): SimOptions {
  const scenarioArg = values.scenario;
  if (typeof scenarioArg !== 'string' || scenarioArg.trim() === '') {
    throw new UsageError(
      `--scenario is required (an id or a path; known scenarios: ${SCENARIO_IDS.join(', ')}); or use --list`,
    );
  }
  // Check the cheap flags before reading any file, so typos are reported first.
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new UsageError(`--format must be json or csv (got "${String(format)}")`);
  const yearsFlag = integerFlag(values, 'years', 0, 1, 100, 'an integer from 1 to 100');
  const seed = integerFlag(values, 'seed', 1, INT32_MIN, INT32_MAX, `an integer from ${INT32_MIN} to ${INT32_MAX}`);
  const runs = integerFlag(values, 'runs', 1, 1, 10000, 'an integer from 1 to 10000');
  if (seed + runs - 1 > INT32_MAX)
    throw new UsageError(`--seed ${seed} with --runs ${runs} would use seeds above ${INT32_MAX}; use a smaller seed`);

  if (values.history === true && values.plan !== undefined)
    throw new UsageError('--history plays the scenario\'s own historical plan: give --plan or --history, not both');
  const loaded = loadScenario(scenarioArg);
  if (values.history === true && !loaded.history) {
    const withHistory = SCENARIO_IDS.filter((id) => scenarioById(id).history);
    throw new UsageError(`scenario "${loaded.id}" has no history; scenarios with one: ${withHistory.join(', ')}`);
  }
  // History mode plays in the history's world (its shocks scheduled), as the game does.
  const scenario = values.history === true ? historyWorld(loaded) : loaded;
  const planPath = values.plan;
  // Event choices are checked against this scenario's events: a typo is an error, not a silent default.
  const plan =
    typeof planPath === 'string'
      ? parsePlan(readJson(planPath, 'plan'), startingDecisions(scenario), planPath, scenario.events)
      : values.history === true
        ? (historyPlan(scenario) ?? undefined)
        : undefined;
  return {
    scenario,
    plan,
    years: yearsFlag || scenario.termYears,
    seed,
    runs,
    format,
    explain: values.explain === true,
    quiet: values.quiet === true,
  };
}

/**
 * Plays the runs through the turn machine and renders the whole output. A batch of at least
 * PROGRESS_RUN_YEARS simulated years tells `progress` each time another tenth of the runs is done.
 */
export function simulateToText(options: SimOptions, progress?: ProgressSink): string {
  const { scenario, plan, years, seed, runs, explain } = options;
  const first = playPlan(scenario, { seed, years, plan, explain });
  // The groups (who gains, who loses) of the run reported year by year; the band runs do without.
  const rows = rowsOf(first, explain, createModel(scenario));
  const report: Report = {
    scenario: scenario.id,
    seed,
    plan: plan?.name ?? 'baseline',
    endReason: first.states.length - 1 < years ? 'approval' : 'term',
    runs,
    years: rows,
  };
  const report10 = progress && runs * years >= PROGRESS_RUN_YEARS ? progress : undefined;
  const tell = (done: number) => {
    const tenth = Math.floor((10 * done) / runs);
    if (report10 && tenth > Math.floor((10 * (done - 1)) / runs))
      report10(`progress: ${10 * tenth} % (${done} of ${runs} runs)\n`);
  };
  tell(1);
  if (runs > 1) {
    const collector = new BandCollector();
    collector.add(rows);
    for (let r = 1; r < runs; r++) {
      collector.add(rowsOf(playPlan(scenario, { seed: seed + r, years, plan }), false));
      tell(r + 1);
    }
    report.bands = collector.bands();
  }
  return options.format === 'csv' ? reportCsv(report) : reportJson(report);
}
