// The headless simulator's contract (README "Headless simulator"), checked through the real CLI
// run as a child process. Tests are concurrent: each tsx start-up costs ~0.5 s.
import { afterAll, describe, expect, it } from 'vitest';
import { simulate, type ClusterState, type Plan } from '../../src/model';
import { parsePlan, scenarioById, startingDecisions } from '../../src/scenario';
import { run, sim, tempFiles } from './run-cli';

const IDS = [
  'bangalore-it',
  'sialkot-surgical',
  'guadalajara-electronics',
  'sinos-valley-footwear',
  'kamukunji-metalwork',
  'suame-magazine',
  'survival-cluster',
  'mass-producers',
  'tnc-cluster',
];

const REQUIRED = [
  'year',
  'output',
  'growth',
  'employment',
  'poverty',
  'smeFirms',
  'largeFirms',
  'smeShare',
  'valueAddedPerWorker',
  'exports',
  'exportsValueAdded',
  'fdi',
  'externalDependence',
  'wage',
  'workingConditions',
  'trust',
  'skills',
  'infrastructure',
  'research',
  'quality',
  'tariff',
  'budgetSpent',
] as const;
type Required = (typeof REQUIRED)[number];
const RATIOS: Required[] = [
  'poverty',
  'smeShare',
  'fdi',
  'externalDependence',
  'workingConditions',
  'trust',
  'skills',
  'infrastructure',
  'quality',
  'tariff',
];
const NON_NEGATIVE: Required[] = [
  'output',
  'employment',
  'smeFirms',
  'largeFirms',
  'valueAddedPerWorker',
  'exports',
  'wage',
  'research',
  'budgetSpent',
];

type Triple = { outputUsdM: number; employment: number; poverty: number };
type Row = Record<Required, number> & {
  t: number;
  budget: number;
  allocation: Record<string, number>;
  incentiveTarget: string;
  laborStandards: boolean;
  approval: Record<string, number>;
  event: { id: string; choice: string } | null;
  shocks: Record<string, number | boolean>;
  attribution?: { total: Triple; entries: (Triple & { cause: string; kind: string })[] };
  groups: Record<string, { people: number; incomeUsdPerDay: number; poverty: number }>;
};
type Band = { p10: number; p50: number; p90: number };
type YearBand = { year: number; runs: number; approval: Record<string, Band> } & Record<string, Band>;
interface Output {
  scenario: string;
  seed: number;
  plan: string;
  endReason: string;
  years: Row[];
  bands?: YearBand[];
}

const files = tempFiles();
afterAll(() => files.remove());

/** Runs the CLI, expects success with nothing on stderr, and parses the JSON. */
async function simJson(...args: string[]): Promise<Output> {
  const result = await sim(...args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Output;
}

/** The CLI's figures are the model's rounded to 6 significant digits. */
function near(actual: number, expected: number, rel = 1e-5): boolean {
  return Math.abs(actual - expected) <= rel * Math.abs(expected) + 1e-12;
}

function expectNear(actual: number, expected: number, what: string, rel = 1e-5): void {
  if (!near(actual, expected, rel)) expect.fail(`${what}: ${actual} is not ${expected}`);
}

/** The contract's mapping from ClusterState, written out independently of the CLI's code. */
function expectedRow(s: ClusterState): Record<Required, number> {
  return {
    year: s.year,
    output: s.outputUsdM,
    growth: s.growthPct,
    employment: s.employment,
    poverty: s.poverty,
    smeFirms: s.smeFirms,
    largeFirms: s.largeFirms,
    smeShare: s.smeShare,
    valueAddedPerWorker: s.valueAddedPerWorkerUsd,
    exports: (s.exportShare * s.outputUsdM) / s.domesticValueAddedShare,
    exportsValueAdded: s.exportShare * s.outputUsdM,
    fdi: s.fdi,
    externalDependence: s.externalDependence,
    wage: s.wageUsdPerDay,
    workingConditions: s.workingConditions,
    trust: s.trust,
    skills: s.skills,
    infrastructure: s.infrastructure,
    research: s.research,
    quality: s.quality,
    tariff: s.tariff,
    budgetSpent: s.budgetSpentUsdM,
  };
}

function expectSameAsModel(out: Output, scenarioId: string, seed: number, years: number, plan?: Plan): void {
  const states = simulate(scenarioById(scenarioId), { seed, years, plan }).states;
  expect(out.years.length).toBe(years + 1);
  out.years.forEach((row, k) => {
    const state = states[k];
    if (!state) throw new Error(`the model has no year ${k}`);
    const expected = expectedRow(state);
    for (const field of REQUIRED) expectNear(row[field], expected[field], `${scenarioId} years[${k}].${field}`);
  });
}

const SPENDING_PLAN = {
  name: 'training then research',
  years: [
    { allocation: { training: 0.3 }, tariff: 0.1, incentiveTarget: 'sme', laborStandards: true },
    // Leaves out training, the tariff, the target and standards: they keep year 1's settings.
    { allocation: { research: 0.2 } },
  ],
};

describe.concurrent('sim CLI', { timeout: 60_000 }, () => {
  it('npm run --silent sim -- --list prints the nine scenario ids, one per line', async () => {
    const result = await run('npm', ['run', '--silent', 'sim', '--', '--list']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(IDS.map((id) => `${id}\n`).join(''));
  });

  it('--help prints the usage to stdout and exits 0', async () => {
    const result = await sim('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--scenario <id|path>');
    expect(result.stderr).toBe('');
  });

  it.each(IDS)(
    '%s: the baseline has years 0..term with every field, finite and in range, and spends nothing',
    async (id) => {
      const scenario = scenarioById(id);
      const out = await simJson('--scenario', id);
      expect(out).toMatchObject({ scenario: id, seed: 1, plan: 'baseline', endReason: 'term' });
      expect(out.bands).toBeUndefined();
      expect(out.years).toHaveLength(scenario.termYears + 1);
      out.years.forEach((row, k) => {
        expect(Object.keys(row).slice(0, REQUIRED.length)).toEqual(REQUIRED);
        expect(row.year).toBe(scenario.startYear + k);
        expect(row.t).toBe(k);
        for (const field of REQUIRED) expect(Number.isFinite(row[field]), `${field} in year ${k}`).toBe(true);
        for (const field of RATIOS) expect(row[field], `${field} in year ${k}`).toBeGreaterThanOrEqual(0);
        for (const field of RATIOS) expect(row[field], `${field} in year ${k}`).toBeLessThanOrEqual(1);
        for (const field of NON_NEGATIVE) expect(row[field], `${field} in year ${k}`).toBeGreaterThanOrEqual(0);
        expect(row.budgetSpent).toBe(0);
        expect(row.tariff).toBe(scenario.initial.tariff);
        for (const value of Object.values(row.approval)) expect(value).toBeGreaterThanOrEqual(0);
        expect(row.attribution).toBeUndefined();
      });
      expect(out.years[0]?.growth).toBe(0);
      expect(out.years[0]?.output).toBe(scenario.initial.outputUsdM);
      expectSameAsModel(out, id, 1, scenario.termYears);
    },
  );

  it('a plan spends its shares of the budget, keeps missing fields, repeats its last year and matches the model', async () => {
    const planPath = files.file('spending.json', SPENDING_PLAN);
    const [out, baseline] = await Promise.all([
      simJson('--scenario', 'mass-producers', '--plan', planPath, '--years', '6', '--seed', '7'),
      simJson('--scenario', 'mass-producers', '--years', '6', '--seed', '7'),
    ]);
    expect(out.plan).toBe('training then research');
    expect(out.years).toHaveLength(7);
    const [start, first, ...later] = out.years;
    expect(start?.budgetSpent).toBe(0);
    expect(first?.allocation).toEqual({ infrastructure: 0, training: 0.3, research: 0, incentives: 0, trade: 0 });
    expectNear(first?.budgetSpent ?? NaN, 0.3 * (first?.budget ?? NaN), 'year 1 spending');
    for (const row of later) {
      // Year 2 keeps year 1's training share, tariff, target and standards; years 3..6 repeat year 2.
      expect(row.allocation).toEqual({ infrastructure: 0, training: 0.3, research: 0.2, incentives: 0, trade: 0 });
      expect(row.tariff).toBe(0.1);
      expect(row.incentiveTarget).toBe('sme');
      expect(row.laborStandards).toBe(true);
      expectNear(row.budgetSpent, 0.5 * row.budget, `spending in ${row.year}`);
    }
    expect(out.years.at(-1)?.output).not.toBe(baseline.years.at(-1)?.output);
    expect(out.years.at(-1)?.skills).not.toBe(baseline.years.at(-1)?.skills);
    const plan = parsePlan(SPENDING_PLAN, startingDecisions(scenarioById('mass-producers')));
    expectSameAsModel(out, 'mass-producers', 7, 6, plan);
  });

  it("a plan's budget overrides the scenario's", async () => {
    const planData = { name: 'big budget', budget: 55, years: [{ allocation: { infrastructure: 0.4, trade: 0.2 } }] };
    const planPath = files.file('budget.json', planData);
    const out = await simJson('--scenario', 'survival-cluster', '--plan', planPath, '--years', '4');
    expect(scenarioById('survival-cluster').budgetUsdM).not.toBe(55);
    expect(out.years[0]?.budget).toBe(55);
    expect(out.years[1]?.budgetSpent).toBeCloseTo(0.6 * 55, 9);
    for (const row of out.years.slice(1)) expectNear(row.budgetSpent, 0.6 * row.budget, `spending in ${row.year}`);
    expectSameAsModel(
      out,
      'survival-cluster',
      1,
      4,
      parsePlan(planData, startingDecisions(scenarioById('survival-cluster'))),
    );
  });

  it('a plan without a name is called after its file', async () => {
    const planPath = files.file('train-first.json', { years: [{ allocation: { training: 0.3 } }] });
    const out = await simJson('--scenario', 'survival-cluster', '--plan', planPath, '--years', '2');
    expect(out.plan).toBe('train-first');
  });

  it('the same seed gives identical output, a different seed different numbers; negative seeds work', async () => {
    const [a, b, c, negative, negativeEq, lowest] = await Promise.all([
      sim('--scenario', 'tnc-cluster', '--seed', '42'),
      sim('--scenario', 'tnc-cluster', '--seed', '42'),
      sim('--scenario', 'tnc-cluster', '--seed', '43'),
      sim('--scenario', 'tnc-cluster', '--seed', '-5', '--years', '3'),
      sim('--scenario', 'tnc-cluster', '--seed=-5', '--years', '3'),
      sim('--scenario', 'tnc-cluster', '--seed=-2147483648', '--years', '1'),
    ]);
    expect(JSON.parse(lowest.stdout)).toMatchObject({ seed: -2147483648 });
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const outputs = (text: string) => (JSON.parse(text) as Output).years.map((r) => r.output);
    expect(outputs(c.stdout)).not.toEqual(outputs(a.stdout));
    expect(JSON.parse(c.stdout)).toMatchObject({ seed: 43 });
    expect(negative.status).toBe(0);
    expect(negative.stdout).toBe(negativeEq.stdout);
    expect(JSON.parse(negative.stdout)).toMatchObject({ seed: -5 });
    expectSameAsModel(JSON.parse(negative.stdout) as Output, 'tnc-cluster', -5, 3);
  });

  it('--explain adds attribution to years 1..N whose entries sum to the change in output, employment and poverty', async () => {
    const planPath = files.file('explain.json', SPENDING_PLAN);
    const out = await simJson('--scenario', 'sinos-valley-footwear', '--plan', planPath, '--explain', '--years', '8');
    expect(out.years[0]?.attribution).toBeUndefined();
    for (let k = 1; k < out.years.length; k++) {
      const row = out.years[k] as Row;
      const before = out.years[k - 1] as Row;
      const attribution = row.attribution;
      if (!attribution) throw new Error(`no attribution in year ${row.year}`);
      expect(attribution.entries.length).toBeGreaterThan(0);
      const change = {
        outputUsdM: row.output - before.output,
        employment: row.employment - before.employment,
        poverty: row.poverty - before.poverty,
      };
      const levels = {
        outputUsdM: row.output + before.output,
        employment: row.employment + before.employment,
        poverty: row.poverty + before.poverty,
      };
      for (const key of ['outputUsdM', 'employment', 'poverty'] as const) {
        const sum = attribution.entries.reduce((acc, e) => acc + e[key], 0);
        const scale = attribution.entries.reduce((acc, e) => acc + Math.abs(e[key]), Math.abs(attribution.total[key]));
        expect(Math.abs(sum - attribution.total[key]), `${key} entries vs total in ${row.year}`).toBeLessThanOrEqual(
          1e-5 * scale + 1e-9,
        );
        expect(
          Math.abs(attribution.total[key] - change[key]),
          `${key} total vs change in ${row.year}`,
        ).toBeLessThanOrEqual(1e-5 * levels[key] + 1e-9);
      }
      for (const entry of attribution.entries) expect(typeof entry.cause).toBe('string');
    }
    // The plan's levers show up by name: the tariff change at once, training with a lag.
    const causes = (k: number) => out.years[k]?.attribution?.entries.map((e) => `${e.cause}/${e.kind}`) ?? [];
    expect(causes(1)).toContain('tariff/lever');
    expect(causes(4)).toContain('training/lagged');
  });

  it('--runs 20 adds p10 <= p50 <= p90 bands for every year and field; years stay the run for the first seed; CSV carries both', async () => {
    const [out, single, csv] = await Promise.all([
      simJson('--scenario', 'guadalajara-electronics', '--runs', '20', '--seed', '5'),
      simJson('--scenario', 'guadalajara-electronics', '--seed', '5'),
      sim('--scenario', 'guadalajara-electronics', '--runs', '20', '--seed', '5', '--format', 'csv'),
    ]);
    expect(out.years).toEqual(single.years);
    const bands = out.bands ?? [];
    expect(bands).toHaveLength(out.years.length);
    let spread = 0;
    bands.forEach((b, k) => {
      expect(b.year).toBe(out.years[k]?.year);
      expect(b.runs).toBe(20);
      const fields = REQUIRED.filter((f) => f !== 'year');
      for (const field of fields) {
        const band = b[field];
        if (!band) throw new Error(`no band for ${field} in ${b.year}`);
        expect(band.p10, `${field} ${b.year}`).toBeLessThanOrEqual(band.p50);
        expect(band.p50, `${field} ${b.year}`).toBeLessThanOrEqual(band.p90);
        spread += band.p90 - band.p10;
      }
      for (const band of Object.values(b.approval)) expect(band.p10 <= band.p50 && band.p50 <= band.p90).toBe(true);
      if (k === 0)
        expect(b.output).toEqual({ p10: out.years[0]?.output, p50: out.years[0]?.output, p90: out.years[0]?.output });
    });
    expect(spread).toBeGreaterThan(0);
    // The bands are the percentiles of the model's runs for seeds 5..24 (linear interpolation).
    const scenario = scenarioById('guadalajara-electronics');
    const runs = Array.from(
      { length: 20 },
      (_, r) => simulate(scenario, { seed: 5 + r, years: scenario.termYears }).states,
    );
    bands.forEach((b, k) => {
      const values = runs.map((states) => states[k]?.outputUsdM ?? NaN).sort((x, y) => x - y);
      const at = (p: number) => {
        const h = (values.length - 1) * p;
        const lo = values[Math.floor(h)] as number;
        return lo + (h - Math.floor(h)) * ((values[Math.ceil(h)] as number) - lo);
      };
      expectNear(b.output?.p10 ?? NaN, at(0.1), `output p10 in ${b.year}`);
      expectNear(b.output?.p50 ?? NaN, at(0.5), `output p50 in ${b.year}`);
      expectNear(b.output?.p90 ?? NaN, at(0.9), `output p90 in ${b.year}`);
    });

    expect(csv.status).toBe(0);
    const [header = [], ...rows] = parseCsv(csv.stdout);
    expect(rows).toHaveLength(out.years.length);
    for (const field of ['output', 'poverty', 'employment']) {
      for (const suffix of ['p10', 'p50', 'p90'] as const) {
        const column = header.indexOf(`${field}_${suffix}`);
        expect(column, `${field}_${suffix}`).toBeGreaterThan(0);
        rows.forEach((row, k) => expect(Number(row[column])).toBe(bands[k]?.[field]?.[suffix]));
      }
    }
  });

  it('CSV: a header with the required fields first, N+1 rows, and the same numbers as the JSON', async () => {
    const planPath = files.file('csv.json', SPENDING_PLAN);
    const [csv, json] = await Promise.all([
      sim('--scenario', 'kamukunji-metalwork', '--plan', planPath, '--format', 'csv', '--years', '7', '--seed', '3'),
      simJson('--scenario', 'kamukunji-metalwork', '--plan', planPath, '--years', '7', '--seed', '3'),
    ]);
    expect(csv.status).toBe(0);
    expect(csv.stderr).toBe('');
    const [header = [], ...rows] = parseCsv(csv.stdout);
    expect(header.slice(0, REQUIRED.length)).toEqual(REQUIRED);
    expect(header).toContain('approval_sme');
    expect(rows).toHaveLength(8);
    rows.forEach((cells, k) => {
      expect(cells).toHaveLength(header.length);
      const row = json.years[k] as Row;
      for (const field of REQUIRED) {
        const text = cells[header.indexOf(field)] ?? '';
        expect(text, `${field} is a plain number`).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(row[field]);
      }
      expect(Number(cells[header.indexOf('approval_sme')])).toBe(row.approval.sme);
      expect(cells[header.indexOf('event_id')]).toBe(row.event?.id ?? '');
    });
  });

  it('each year has a groups object (five groups: people, income per day, poverty) whose incomes add up to output; CSV appends its columns', async () => {
    const GROUP_NAMES = ['smeOwners', 'largeOwners', 'formalWorkers', 'informalWorkers', 'womenWorkers'];
    const [json, csv, plain] = await Promise.all([
      simJson('--scenario', 'guadalajara-electronics', '--years', '5', '--seed', '4'),
      sim('--scenario', 'guadalajara-electronics', '--years', '5', '--seed', '4', '--format', 'csv', '--runs', '3'),
      sim('--scenario', 'guadalajara-electronics', '--years', '5', '--seed', '4', '--format', 'csv'),
    ]);
    for (const row of json.years) {
      expect(Object.keys(row).at(-1), 'groups come after every older field').toBe('groups');
      expect(Object.keys(row.groups)).toEqual(GROUP_NAMES);
      for (const name of GROUP_NAMES) {
        const g = row.groups[name]!;
        expect(Object.keys(g)).toEqual(['people', 'incomeUsdPerDay', 'poverty']);
        expect(g.people).toBeGreaterThan(0);
        expect(g.incomeUsdPerDay).toBeGreaterThan(0);
        expect(g.poverty).toBeGreaterThanOrEqual(0);
        expect(g.poverty).toBeLessThanOrEqual(1);
      }
      // Owners and formal and informal workers share out value added (women overlap the workers).
      const yearly = ['smeOwners', 'largeOwners', 'formalWorkers', 'informalWorkers'].reduce(
        (sum, name) => sum + (row.groups[name]!.people * row.groups[name]!.incomeUsdPerDay * 365) / 1e6,
        0,
      );
      expectNear(yearly, row.output, 'groups income vs output', 1e-4);
      expect(row.groups.womenWorkers!.people).toBeLessThan(row.groups.formalWorkers!.people + row.groups.informalWorkers!.people);
      expect(row.groups.informalWorkers!.incomeUsdPerDay).toBeLessThan(row.groups.formalWorkers!.incomeUsdPerDay);
    }
    for (const result of [csv, plain]) {
      expect(result.status).toBe(0);
      const [header = [], ...rows] = parseCsv(result.stdout);
      const columns = GROUP_NAMES.flatMap((g) => ['people', 'incomeUsdPerDay', 'poverty'].map((f) => `groups_${g}_${f}`));
      // Appended: every older column keeps its place, the groups' columns come last.
      expect(header.slice(-columns.length)).toEqual(columns);
      expect(header.slice(0, REQUIRED.length)).toEqual(REQUIRED);
      rows.forEach((cells, k) => {
        const row = json.years[k]!;
        expect(Number(cells[header.indexOf('groups_informalWorkers_people')])).toBe(row.groups.informalWorkers!.people);
        expect(Number(cells[header.indexOf('groups_womenWorkers_poverty')])).toBe(row.groups.womenWorkers!.poverty);
      });
    }
    const banded = parseCsv(csv.stdout)[0] ?? [];
    expect(banded.indexOf('runs')).toBeLessThan(banded.indexOf('groups_smeOwners_people'));
  });

  it('exits cleanly (status 0, nothing on stderr) when the reader closes the pipe early', async () => {
    const result = await run('bash', [
      '-c',
      'node_modules/.bin/tsx src/cli/sim.ts --scenario tnc-cluster --years 100 --runs 30 --explain | head -c 100 >/dev/null; echo "status=${PIPESTATUS[0]}"',
    ]);
    expect(result.stdout.trim()).toBe('status=0');
    expect(result.stderr).toBe('');
  });
});

describe.concurrent(
  'sim CLI: bad input exits 2 with one line on stderr and nothing on stdout',
  { timeout: 60_000 },
  () => {
    const validPlan = files.file('valid.json', SPENDING_PLAN);
    const overBudget = files.file('over.json', {
      name: 'over',
      years: [{ allocation: { training: 0.5 } }, { allocation: { research: 0.6 } }],
    });
    const tooBig = files.file('too-big.json', { name: 'too big', years: [{ allocation: { training: 1.5 } }] });
    const malformed = files.file('malformed.json', '{ "name": "broken", "years": [ { ');
    const namelessBad = files.file('nameless-bad.json', {
      years: [{ allocation: { training: 0.6 } }, { allocation: { research: 0.5 } }, { allocation: { trade: 1.5 } }],
    });
    const unknownField = files.file('unknown-field.json', { name: 'x', years: [{ allocation: { marketing: 0.1 } }] });
    const badScenario = files.file('bad-scenario.json', {
      ...scenarioById('survival-cluster'),
      initial: { ...scenarioById('survival-cluster').initial, smeFirms: -4 },
    });

    it.each<[string, string[], (string | RegExp)[]]>([
      ['an unknown scenario, listing the known ones', ['--scenario', 'atlantis'], ['"atlantis"', ...IDS]],
      ['no --scenario', ['--years', '5'], ['--scenario', 'tnc-cluster']],
      [
        'shares summing over 1, naming the year',
        ['--scenario', 'tnc-cluster', '--plan', overBudget],
        ['over.json', 'years[1]', 'more than the whole budget'],
      ],
      [
        'a share of 1.5, naming the field',
        ['--scenario', 'tnc-cluster', '--plan', tooBig],
        ['too-big.json', 'years[0].allocation.training', 'at most 1'],
      ],
      [
        'a plan without a name: every problem, not the name',
        ['--scenario', 'tnc-cluster', '--plan', namelessBad],
        ['nameless-bad.json', 'years[1]: allocation shares sum to 1.100', 'years[2].allocation.trade', 'at most 1'],
      ],
      [
        'a malformed JSON plan',
        ['--scenario', 'tnc-cluster', '--plan', malformed],
        ['malformed.json', 'not valid JSON'],
      ],
      [
        'an unknown field in a plan',
        ['--scenario', 'tnc-cluster', '--plan', unknownField],
        ['years[0].allocation', '"marketing"'],
      ],
      [
        'a plan file that does not exist',
        ['--scenario', 'tnc-cluster', '--plan', `${validPlan}.missing`],
        ['cannot read plan file', 'no such file'],
      ],
      [
        'a scenario file that fails the schema, naming the field',
        ['--scenario', badScenario],
        ['bad-scenario.json', 'initial.smeFirms', 'at least 1'],
      ],
      ['an unknown flag', ['--scenario', 'tnc-cluster', '--colour'], ['unknown option', '--colour']],
      ['a flag missing its value', ['--scenario', 'tnc-cluster', '--seed'], ['--seed needs a value']],
      ['a stray argument', ['--scenario', 'tnc-cluster', 'extra'], ['unexpected argument', '"extra"']],
      ['--years 0', ['--scenario', 'tnc-cluster', '--years', '0'], ['--years', '1 to 100', '"0"']],
      ['--years 101', ['--scenario', 'tnc-cluster', '--years', '101'], ['--years', '"101"']],
      ['--years 2.5', ['--scenario', 'tnc-cluster', '--years', '2.5'], ['--years', '"2.5"']],
      ['--seed beyond 32 bits', ['--scenario', 'tnc-cluster', '--seed', '4294967296'], ['--seed', '2147483647']],
      ['--runs 0', ['--scenario', 'tnc-cluster', '--runs', '0'], ['--runs', '1 to 10000']],
      ['--runs 10001', ['--scenario', 'tnc-cluster', '--runs', '10001'], ['--runs', '"10001"']],
      ['--format xml', ['--scenario', 'tnc-cluster', '--format', 'xml'], ['--format', 'json or csv', '"xml"']],
      ['--list with --scenario', ['--list', '--scenario', 'tnc-cluster'], ['--list', '--scenario']],
      [
        'a flag given twice',
        ['--scenario', 'tnc-cluster', '--years', '3', '--years', '4'],
        ['--years', 'more than once'],
      ],
    ])('%s', async (_label, args, mentions) => {
      const result = await sim(...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
      for (const mention of mentions) {
        if (typeof mention === 'string') expect(result.stderr).toContain(mention);
        else expect(result.stderr).toMatch(mention);
      }
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    });
  },
);

/** A small RFC 4180 reader (quoted fields, doubled quotes), enough to read the CLI's CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
