// The headless simulator behind `npm run sim`: arguments in, the whole output (or one error line)
// out. Kept apart from sim.ts (which only writes and sets the exit status) so it can be tested
// in-process too.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { playPlan } from '../flow';
import type { Plan } from '../model';
import {
  isScenarioId,
  parsePlanText,
  parseScenarioText,
  scenarioById,
  SCENARIO_IDS,
  startingDecisions,
  ValidationError,
  type Scenario,
} from '../scenario';
import { BandCollector, reportCsv, reportJson, rowsOf, type Report } from './report';

export const USAGE = `Cluster Policy Lab headless simulator

usage:
  npm run --silent sim -- --scenario <id or path> [--plan <file>] [--years N] [--seed S]
                          [--runs R] [--format json|csv] [--explain]
  npm run --silent sim -- --list

options:
  --scenario <id|path>  a built-in scenario id (see --list) or a scenario JSON file
  --plan <file>         a plan JSON file (default: the baseline, nothing spent, starting tariff kept)
  --years N             years to simulate, 1..100 (default: the scenario's term)
  --seed S              seed, a 32-bit integer (default: 1)
  --runs R              Monte Carlo runs with seeds S..S+R-1, 1..10000 (default: 1); adds p10/p50/p90 bands
  --format json|csv     output format (default: json)
  --explain             add each year's attribution (what moved output, employment, poverty; JSON only)
  --list                print the built-in scenario ids, one per line
  -h, --help            print this help

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
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

const OPTIONS = {
  scenario: { type: 'string' },
  plan: { type: 'string' },
  years: { type: 'string' },
  seed: { type: 'string' },
  runs: { type: 'string' },
  format: { type: 'string' },
  explain: { type: 'boolean' },
  list: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Runs the simulator for `argv` (without node and script), returning what to print and the exit status. */
export function runCli(argv: readonly string[]): CliResult {
  try {
    return { status: 0, stdout: execute(argv), stderr: '' };
  } catch (error) {
    if (error instanceof UsageError || error instanceof ValidationError)
      return { status: 2, stdout: '', stderr: errorLine(error.message) };
    const message = error instanceof Error ? error.message : String(error);
    return { status: 1, stdout: '', stderr: errorLine(`internal error: ${message}`) };
  }
}

export function errorLine(message: string): string {
  return `error: ${message.replace(/\s*[\r\n]+\s*/g, ' ').trim()}\n`;
}

function execute(argv: readonly string[]): string {
  const values = parseFlags(argv);
  if (values.help) return USAGE;
  if (values.list) {
    const others = Object.keys(values).filter((name) => name !== 'list');
    if (others.length > 0)
      throw new UsageError(`--list cannot be combined with ${others.map((n) => `--${n}`).join(', ')}`);
    return SCENARIO_IDS.map((id) => `${id}\n`).join('');
  }
  return simulateToText(resolveOptions(values));
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

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : ((error as Error).message ?? String(error));
    throw new UsageError(`cannot read ${what} file "${path}": ${reason}`);
  }
}

function looksLikePath(arg: string): boolean {
  return /[/\\]/.test(arg) || /\.json$/i.test(arg);
}

export function loadScenario(arg: string): Scenario {
  if (isScenarioId(arg)) return scenarioById(arg);
  if (!looksLikePath(arg))
    throw new UsageError(
      `unknown scenario "${arg}"; known scenarios: ${SCENARIO_IDS.join(', ')} (or give a path to a scenario .json file)`,
    );
  return parseScenarioText(readText(arg, 'scenario'), arg);
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

  const scenario = loadScenario(scenarioArg);
  const planPath = values.plan;
  const plan =
    typeof planPath === 'string'
      ? parsePlanText(readText(planPath, 'plan'), startingDecisions(scenario), planPath)
      : undefined;
  return {
    scenario,
    plan,
    years: yearsFlag || scenario.termYears,
    seed,
    runs,
    format,
    explain: values.explain === true,
  };
}

/** Plays the runs through the turn machine and renders the whole output. */
export function simulateToText(options: SimOptions): string {
  const { scenario, plan, years, seed, runs, explain } = options;
  const first = playPlan(scenario, { seed, years, plan, explain });
  const rows = rowsOf(first, explain);
  const report: Report = {
    scenario: scenario.id,
    seed,
    plan: plan?.name ?? 'baseline',
    endReason: first.states.length - 1 < years ? 'approval' : 'term',
    runs,
    years: rows,
  };
  if (runs > 1) {
    const collector = new BandCollector();
    collector.add(rows);
    for (let r = 1; r < runs; r++) collector.add(rowsOf(playPlan(scenario, { seed: seed + r, years, plan }), false));
    report.bands = collector.bands();
  }
  return options.format === 'csv' ? reportCsv(report) : reportJson(report);
}
