// The CLI against odd inputs (issue 9, defects 5, 6, 7 and 10): inherited names as scenario ids,
// devices, pipes and oversized files, byte-order marks, control characters in paths and files,
// files given to the wrong flag, unknown event ids in plans, formulas in CSV text cells and
// progress for long batches. Every rejection: status 2, one line on stderr, nothing on stdout.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/scenario';
import { sim, simWithin, tempFiles, type Ran } from './run-cli';

const files = tempFiles();
afterAll(() => files.remove());

function expectRejected(result: Ran, ...mentions: string[]): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
  for (const mention of mentions) expect(result.stderr).toContain(mention);
}

/** Long enough for a start-up on a busy machine (concurrent tests), short enough to stop a hang early. */
const KILL_AFTER_MS = 45_000;

const PLAN = { name: 'train', years: [{ allocation: { training: 0.2 } }] };

describe.concurrent('sim CLI: odd inputs', { timeout: 90_000 }, () => {
  it.each(['constructor', '__proto__', 'toString'])('--scenario %s is an unknown scenario, not a missing file', async (id) => {
    const result = await sim('--scenario', id);
    expectRejected(result, `unknown scenario "${id}"`, 'known scenarios: bangalore-it');
    expect(result.stderr).not.toContain(`${id}.json`);
  });

  // A read of a device or a pipe never ends: the process is killed (status null) if it is still running.
  it.each(['/dev/zero', '/dev/urandom', '/dev/null'])('--scenario %s fails at once: not a regular file', async (device) => {
    expectRejected(await simWithin(KILL_AFTER_MS, '--scenario', device), `"${device}"`, 'not a regular file');
  });

  it('a named pipe with no writer fails at once, as --scenario and as --plan', async () => {
    const fifo = path.join(files.dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const [asScenario, asPlan] = await Promise.all([
      simWithin(KILL_AFTER_MS, '--scenario', fifo),
      simWithin(KILL_AFTER_MS, '--scenario', 'tnc-cluster', '--plan', fifo),
    ]);
    expectRejected(asScenario, 'cannot read scenario file', 'not a regular file');
    expectRejected(asPlan, 'cannot read plan file', 'not a regular file');
  });

  it('a file over 5 MB is refused before it is read', async () => {
    const big = path.join(files.dir, 'big.json');
    writeFileSync(big, `{"years": [${' '.repeat(5 * 1024 * 1024)}]}`);
    expectRejected(await sim('--scenario', 'tnc-cluster', '--plan', big), 'larger than 5 MB');
  });

  it('a file that is not UTF-8 text says so', async () => {
    const binary = path.join(files.dir, 'binary.json');
    writeFileSync(binary, Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]));
    expectRejected(await sim('--scenario', binary), 'not UTF-8 text');
  });

  it('a byte-order mark is accepted in scenario and plan files, with the same numbers as without', async () => {
    const scenario = JSON.stringify(scenarioById('survival-cluster'));
    const plan = JSON.stringify(PLAN);
    const [plain, bom] = await Promise.all([
      sim('--scenario', files.file('plain-scenario.json', scenario), '--plan', files.file('plain-plan.json', plan), '--years', '3'),
      sim('--scenario', files.file('bom-scenario.json', `\uFEFF${scenario}`), '--plan', files.file('bom-plan.json', `\uFEFF${plan}`), '--years', '3'),
    ]);
    expect(bom.stderr).toBe('');
    expect(bom.status).toBe(0);
    expect(bom.stdout).toBe(plain.stdout);
  });

  it('control characters from a path or a file are escaped in the error line', async () => {
    const [missing, broken] = await Promise.all([
      sim('--scenario', 'tnc-cluster', '--plan', `${files.dir}/no\u001b[31mred\nline.json`),
      sim('--scenario', 'tnc-cluster', '--plan', files.file('broken.json', '{"years": [\u0007\u001b[2J]}')),
    ]);
    expectRejected(missing, 'no\\u001b[31mred\\nline.json', 'no such file');
    expectRejected(broken, 'not valid JSON');
    for (const result of [missing, broken]) {
      // eslint-disable-next-line no-control-regex
      expect(result.stderr.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });

  it('a plan file given as --scenario is recognised, and a scenario given as --plan', async () => {
    const plan = files.file('my-plan.json', PLAN);
    const scenario = files.file('my-scenario.json', scenarioById('tnc-cluster'));
    const [planAsScenario, scenarioAsPlan] = await Promise.all([
      sim('--scenario', plan),
      sim('--scenario', 'tnc-cluster', '--plan', scenario),
    ]);
    expectRejected(planAsScenario, 'my-plan.json', 'this looks like a plan file, not a scenario: use --plan');
    expect(planAsScenario.stderr.length).toBeLessThan(200);
    expectRejected(scenarioAsPlan, 'my-scenario.json', 'this looks like a scenario file, not a plan: use --scenario');
  });

  it('an unknown event or choice in a plan is an error that lists what the scenario has', async () => {
    const scenario = scenarioById('tnc-cluster');
    const event = scenario.events[0];
    if (!event) throw new Error('no event');
    const plan = files.file('typo.json', { years: [{ eventChoices: { [`${event.id}x`]: 'a', [event.id]: 'nope' } }] });
    expectRejected(
      await sim('--scenario', 'tnc-cluster', '--plan', plan),
      `no event "${event.id}x" in this scenario (its events: ${scenario.events.map((e) => e.id).join(', ')})`,
      `no choice "nope"`,
    );
  });

  it('CSV: event and choice ids that look like formulas are written as text; negative numbers stay numbers', async () => {
    const base = structuredClone(scenarioById('survival-cluster'));
    const [event, ...rest] = base.events;
    if (!event) throw new Error('no event');
    const choices = event.choices.map((c, i) => ({ ...c, id: i === 0 ? '=HYPERLINK("http://x.test")' : `@choice${i}` }));
    const custom = {
      ...base,
      id: 'formulas',
      events: [{ ...event, id: '-2+3', trigger: { year: 1 }, choices: choices.map((c, i) => ({ ...c, default: i === 0 })) }, ...rest],
    };
    const result = await sim('--scenario', files.file('formulas.json', custom), '--years', '4', '--format', 'csv');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const header = (lines[0] ?? '').split(',');
    expect(result.stdout).toContain(`'-2+3,"'=HYPERLINK(""http://x.test"")"`);
    expect(result.stdout).not.toMatch(/(^|,)[=+@]/m);
    // Numeric cells are never prefixed: growth and shocks can be negative.
    const numeric = lines.slice(1).flatMap((line) => line.split(',').filter((_, i) => header[i] === 'growth' || header[i] === 'shock_worldDemand'));
    expect(numeric.some((cell) => cell.startsWith('-'))).toBe(true);
    for (const cell of numeric) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it.each<[string, Record<string, number>, string]>([
    ['a large-firm share of 1 with large firms', { largeOutputShare: 1 }, 'initial.largeOutputShare: must be at least 0 and at most 0.999'],
    ['a large-firm share of 0 with large firms', { largeOutputShare: 0 }, 'initial.largeOutputShare: with large firms, must be at least 0.001'],
    ['employment near 1e308', { employment: 1e308 }, 'initial.employment: must be at least 1 and at most 10000000'],
    ['wages near 1e308', { wageUsdPerDay: 1.7e308 }, 'initial.wageUsdPerDay: must be at least 0.1 and at most 1000'],
  ])('a scenario with %s is refused, naming the field and its range', async (_label, initial, message) => {
    const base = scenarioById('tnc-cluster');
    const file = files.file(`edge-${Object.keys(initial)[0]}-${Object.values(initial)[0]}.json`, { ...base, initial: { ...base.initial, ...initial } });
    expectRejected(await sim('--scenario', file), message);
  });

  it('a scenario at the upper limits runs 100 years with finite numbers: no null or NaN in JSON or CSV', async () => {
    const base = scenarioById('tnc-cluster');
    const initial = {
      ...base.initial,
      smeFirms: 1_000_000,
      largeFirms: 10_000,
      foreignFirms: 10_000,
      employment: 10_000_000,
      outputUsdM: 1_000_000,
      largeOutputShare: 0.999,
      wageUsdPerDay: 1000,
      donorSupportUsdM: 1_000_000,
    };
    const file = files.file('upper-limits.json', { ...base, budgetUsdM: 1_000_000, initial });
    const plan = files.file('all-research.json', { years: [{ allocation: { research: 0.5, incentives: 0.5 }, tariff: 1 }] });
    const [json, csv] = await Promise.all([
      sim('--scenario', file, '--plan', plan, '--years', '100', '--seed', '9'),
      sim('--scenario', file, '--plan', plan, '--years', '100', '--seed', '9', '--format', 'csv'),
    ]);
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    expect(json.stdout.replace(/"event": null/g, '')).not.toMatch(/null|NaN|Infinity/);
    expect(csv.status).toBe(0);
    expect(csv.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('a long batch reports progress on stderr every 10 %, and --quiet keeps stderr empty', async () => {
    const [loud, quiet] = await Promise.all([
      sim('--scenario', 'survival-cluster', '--runs', '60', '--years', '100', '--format', 'csv'),
      sim('--scenario', 'survival-cluster', '--runs', '60', '--years', '100', '--format', 'csv', '--quiet'),
    ]);
    expect(loud.status).toBe(0);
    const lines = loud.stderr.trim().split('\n');
    expect(lines).toHaveLength(10);
    lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^progress: ${10 * (i + 1)} % \\(\\d+ of 60 runs\\)$`)));
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });
});
