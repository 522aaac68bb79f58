// `npm run balance`: the balance audit (balance-audit.ts) on every scenario, written to
// docs/balance.md, with a short summary and the timing on stdout.
//   --seeds N       seeds per plan (default 30)
//   --years N       years per run (default 10)
//   --random N      random plans per scenario (default 120)
//   --quick         8 seeds and 40 random plans (a quick look; the doc says which sample it used)
//   --scenario id   one scenario only (repeatable)
//   --out path      where to write the report (default docs/balance.md)
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isScenarioId, SCENARIO_IDS } from '../scenario';
import { DEFAULT_CONFIG, runAudit, type AuditConfig } from './balance-audit';
import { renderBalanceReport, summaryLines } from './balance-report';

const DEFAULT_RANDOM = 120;
const QUICK = { seeds: 8, randomPlans: 40 };

function whole(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`--${name} must be a whole number ${min}..${max} (got "${text}")`);
  return value;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string' },
      years: { type: 'string' },
      random: { type: 'string' },
      quick: { type: 'boolean' },
      scenario: { type: 'string', multiple: true },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const ids = values.scenario ?? [...SCENARIO_IDS];
  for (const id of ids)
    if (!isScenarioId(id)) throw new Error(`unknown scenario "${id}"; known: ${SCENARIO_IDS.join(', ')}`);
  const quick = values.quick === true;
  const config: AuditConfig = {
    scenarioIds: ids,
    seeds: whole('seeds', values.seeds, quick ? QUICK.seeds : DEFAULT_CONFIG.seeds, 1, 1000),
    years: whole('years', values.years, DEFAULT_CONFIG.years, 1, 100),
    randomPlans: whole('random', values.random, quick ? QUICK.randomPlans : DEFAULT_RANDOM, 0, 10000),
    planSeed: DEFAULT_CONFIG.planSeed,
  };
  const out = values.out ?? 'docs/balance.md';
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const audit = runAudit(config, () => performance.now());
  const cpu = process.cpuUsage(cpuStart);
  const args = process.argv.slice(2).join(' ');
  const meta = {
    command: `npm run balance${args ? ` -- ${args}` : ''}`,
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  writeFileSync(out, renderBalanceReport(audit, meta));
  process.stdout.write(`${summaryLines(audit, meta, out).join('\n')}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
