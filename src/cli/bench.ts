// `npm run bench`: how fast the model runs. Prints JSON with median times (ms) per scenario:
//   step          one cluster-year step (model only, explain off)
//   stepExplain   one step with explain on (attribution re-runs the year for each cause)
//   run20         a 20-year run (model simulate, explain off)
//   machine20     a 20-year run through the turn machine (flow playPlan, explain off), as the CLI runs it
//   explain20     a 20-year run with explain on (the cost of attribution)
//   monteCarlo    1,000 runs of 20 years (model simulate, seeds 1..1000)
// and whether the targets (20-year run < 0.1 ms, 1,000-run Monte Carlo < 100 ms) are met. On a
// busy machine (other processes on the same cores) the medians run well above these.
// `--all` measures all nine scenarios instead of one per cluster type; `--quick` uses fewer repetitions.
// Timing is not asserted in tests: machines differ.
import { availableParallelism, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { playPlan } from '../flow';
import { createModel, initialState, simulate, step, type Plan } from '../model';
import { scenarioById, SCENARIO_IDS, type Scenario } from '../scenario';

const REPRESENTATIVE = ['survival-cluster', 'mass-producers', 'tnc-cluster'];
const YEARS = 20;
const MC_RUNS = 1000;
const TARGETS = { run20Ms: 0.1, monteCarloMs: 100 };

/** A typical plan: most of the budget spent, on every line, so every mechanism does work. */
const BENCH_PLAN: Plan = {
  name: 'bench-balanced',
  years: [
    {
      allocation: { infrastructure: 0.25, training: 0.2, research: 0.1, incentives: 0.2, trade: 0.15 },
      incentiveTarget: 'sme',
      laborStandards: true,
    },
  ],
};

interface Timing {
  /** Median milliseconds per operation. */
  medianMs: number;
  /** Samples taken (each of `batch` operations). */
  samples: number;
  batch: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

let sink = 0;

/**
 * Median time of `fn` in ms. Each sample times a batch of calls sized so a sample lasts about
 * `sampleMs` (fast operations are batched, so timer resolution does not matter); warms up first.
 */
function measure(fn: () => number, samples: number, sampleMs: number): Timing {
  const warmUntil = performance.now() + Math.max(50, sampleMs * 2);
  let calls = 0;
  let start = performance.now();
  while (performance.now() < warmUntil || calls < 3) {
    sink += fn();
    calls++;
  }
  const perCall = (performance.now() - start) / calls;
  const batch = Math.max(1, Math.round(sampleMs / Math.max(perCall, 1e-6)));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    start = performance.now();
    for (let j = 0; j < batch; j++) sink += fn();
    times.push((performance.now() - start) / batch);
  }
  return { medianMs: Number(median(times).toPrecision(4)), samples, batch };
}

function benchScenario(scenario: Scenario, reps: { samples: number; slowSamples: number }): Record<string, Timing> {
  const model = createModel(scenario);
  // A mid-run state (year 5 of the plan) for the single step.
  const midRun = simulate(scenario, { seed: 7, years: 5, plan: BENCH_PLAN }).states[5];
  if (!midRun) throw new Error('no state after 5 years');
  const state = midRun.activeEvent ? { ...midRun, activeEvent: null } : midRun;
  const decisions = {
    ...state.decisions,
    allocation: { infrastructure: 0.25, training: 0.2, research: 0.1, incentives: 0.2, trade: 0.15 },
  };
  let seed = 0;
  return {
    step: measure(() => step(model, state, decisions).state.outputUsdM, reps.samples, 20),
    stepExplain: measure(() => step(model, state, decisions, { explain: true }).state.outputUsdM, reps.samples, 20),
    run20: measure(
      () => last(simulate(scenario, { seed: ++seed, years: YEARS, plan: BENCH_PLAN }).states),
      reps.samples,
      20,
    ),
    machine20: measure(
      () => last(playPlan(scenario, { seed: ++seed, years: YEARS, plan: BENCH_PLAN }).states),
      reps.samples,
      20,
    ),
    explain20: measure(
      () => last(simulate(scenario, { seed: ++seed, years: YEARS, plan: BENCH_PLAN, explain: true }).states),
      reps.samples,
      20,
    ),
    monteCarlo: measure(
      () => {
        let total = 0;
        for (let s = 1; s <= MC_RUNS; s++)
          total += last(simulate(scenario, { seed: s, years: YEARS, plan: BENCH_PLAN }).states);
        return total;
      },
      reps.slowSamples,
      0,
    ),
    // Keeps the initial-state cost visible too (it is part of every run).
    setup: measure(() => initialState(scenario, createModel(scenario), ++seed).outputUsdM, reps.samples, 5),
  };
}

function last(states: { outputUsdM: number }[]): number {
  return states[states.length - 1]?.outputUsdM ?? 0;
}

function main(): void {
  const { values } = parseArgs({
    options: { all: { type: 'boolean' }, quick: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const ids = values.all ? [...SCENARIO_IDS] : REPRESENTATIVE;
  const reps = values.quick ? { samples: 7, slowSamples: 3 } : { samples: 31, slowSamples: 7 };
  // Warm the JIT on every scenario first, so the first one measured is not penalised.
  const warmUntil = performance.now() + 300 * ids.length;
  while (performance.now() < warmUntil) {
    for (const id of ids) {
      const scenario = scenarioById(id);
      sink += last(simulate(scenario, { seed: 1, years: YEARS, plan: BENCH_PLAN, explain: true }).states);
      sink += last(playPlan(scenario, { seed: 1, years: YEARS, plan: BENCH_PLAN }).states);
    }
  }
  const scenarios: Record<string, Record<string, Timing>> = {};
  for (const id of ids) scenarios[id] = benchScenario(scenarioById(id), reps);
  const worst = (key: string): number => Math.max(...Object.values(scenarios).map((t) => t[key]?.medianMs ?? Infinity));
  const result = {
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    years: YEARS,
    monteCarloRuns: MC_RUNS,
    plan: BENCH_PLAN.name,
    unit: 'ms (median per operation)',
    scenarios: Object.fromEntries(
      Object.entries(scenarios).map(([id, t]) => [
        id,
        Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.medianMs])),
      ]),
    ),
    repetitions: Object.fromEntries(
      Object.entries(scenarios[ids[0] as string] ?? {}).map(([k, v]) => [k, `${v.samples} samples x ${v.batch} calls`]),
    ),
    targets: {
      run20: { targetMs: TARGETS.run20Ms, worstMs: worst('run20'), met: worst('run20') < TARGETS.run20Ms },
      monteCarlo1000: {
        targetMs: TARGETS.monteCarloMs,
        worstMs: worst('monteCarlo'),
        met: worst('monteCarlo') < TARGETS.monteCarloMs,
      },
    },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (sink === 42) process.stdout.write('\n'); // keeps results observable so nothing is optimised away
}

try {
  main();
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 1;
}
