// Keeps docs/model.md and docs/scenarios.md honest: every parameter, limitation, mechanism file,
// shock and effect target the code has is named in the documents, every parameter has a source or
// is marked an assumption, the generated parameter table is current, the lags quoted are the
// code's, and the worked examples in docs/scenarios.md are valid files.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOC_PATH,
  PARAMS_END,
  PARAMS_START,
  formatNumber,
  isBlockCurrent,
  renderParamsTable,
  replaceBlock,
  tableCell,
} from '../../src/cli/docs-params';
import { PARAM_NAMES, PARAM_SPECS, type ParamName, type ParamSpec } from '../../src/model/params';
import { EFFECT_TARGETS, LIMITATIONS, PIPELINE_LEVERS, SHOCKS } from '../../src/model/types';
import { LAG_PROFILES, meanLagYears } from '../../src/model/mechanisms/pipelines';
import { noSpending } from '../../src/model';
import { CLUSTER_TYPES, parsePlan, parseScenario, scenarioSchema, initialSchema } from '../../src/scenario';

const repoFile = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
const modelDoc = readFileSync(DEFAULT_DOC_PATH, 'utf8');
const scenariosDoc = readFileSync(repoFile('docs/scenarios.md'), 'utf8');

/** The hand-written part of docs/model.md: everything outside the generated parameter block. */
function prose(doc: string): string {
  const start = doc.indexOf(PARAMS_START);
  const end = doc.indexOf(PARAMS_END);
  return start >= 0 && end > start ? doc.slice(0, start) + doc.slice(end + PARAMS_END.length) : doc;
}
const modelProse = prose(modelDoc);
/** PARAM_SPECS widened, so optional fields (limitation) can be read on every entry. */
const specs: Record<ParamName, ParamSpec> = PARAM_SPECS;

/** A source that cites: an author-like capitalised name followed by a year, or the seed paper. */
function looksCited(source: string): boolean {
  return /\p{Lu}[\p{L}'’-]+.*?\b(1[89]\d{2}|20\d{2})\b/u.test(source) || /\bseed paper\b/i.test(source);
}

describe('docs/model.md', () => {
  it('names every parameter in PARAM_SPECS, in the generated table and in the prose', () => {
    const missing = PARAM_NAMES.filter((name) => !modelDoc.includes(`\`${name}\``));
    expect(missing).toEqual([]);
    const unexplained = PARAM_NAMES.filter((name) => !modelProse.includes(name));
    expect(unexplained, 'parameters that no equation or paragraph outside the table mentions').toEqual([]);
  });

  it('gives every parameter a source that cites the literature or starts with "assumption"', () => {
    const weak = PARAM_NAMES.filter((name) => {
      const source = specs[name].source.trim();
      return source === '' || !(/^assumption/i.test(source) || looksCited(source));
    }).map((name) => `${name}: "${specs[name].source}"`);
    expect(weak, 'PARAM_SPECS sources with neither a citation (author year, or the seed paper) nor a leading "assumption"').toEqual([]);
  });

  it('maps every limitation id to its parameters in the limitations table', () => {
    for (const limitation of LIMITATIONS) {
      expect(modelDoc, `limitation ${limitation}`).toContain(`\`${limitation}\``);
      const row = modelProse.split('\n').find((line) => line.startsWith(`| \`${limitation}\``));
      expect(row, `a row of the section 2 table for ${limitation}`).toBeDefined();
      const expressing = PARAM_NAMES.filter((name) => specs[name].limitation === limitation);
      const unlisted = expressing.filter((name) => !row?.includes(`\`${name}\``));
      expect(unlisted, `parameters whose limitation is ${limitation} but are not in its row`).toEqual([]);
    }
  });

  it('names every mechanism file in src/model/mechanisms', () => {
    const files = readdirSync(repoFile('src/model/mechanisms')).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !modelDoc.includes(file))).toEqual([]);
  });

  it('describes every shock kind', () => {
    expect(SHOCKS.filter((shock) => !modelProse.includes(`\`${shock}\``))).toEqual([]);
  });

  it('quotes the pipeline lag profiles and mean lags the code uses', () => {
    for (const lever of PIPELINE_LEVERS) {
      const profile = LAG_PROFILES[lever].join(', ');
      const row = modelProse.split('\n').find((line) => line.startsWith(`| ${lever} |`));
      expect(row, `a lag table row for ${lever}`).toBeDefined();
      expect(row).toContain(profile);
      expect(row).toContain(meanLagYears(lever).toFixed(2));
    }
  });

  it('has an up-to-date generated parameter table (run: npx tsx src/cli/docs-params.ts)', () => {
    expect(isBlockCurrent(modelDoc)).toBe(true);
  });
});

describe('docs-params generator', () => {
  const doc = `# Title\n\nBefore.\n\n${PARAMS_START}\nstale\n${PARAMS_END}\n\nAfter.\n`;

  it('rewrites only the block between the markers', () => {
    const updated = replaceBlock(doc, 'TABLE');
    expect(updated).toBe(`# Title\n\nBefore.\n\n${PARAMS_START}\nTABLE\n${PARAMS_END}\n\nAfter.\n`);
    expect(replaceBlock(updated, 'TABLE')).toBe(updated);
    expect(isBlockCurrent(updated, 'TABLE')).toBe(true);
    expect(isBlockCurrent(doc, 'TABLE')).toBe(false);
  });

  it('refuses a document without markers, or with them twice or out of order', () => {
    expect(() => replaceBlock('# no block\n', 'T')).toThrow(/no parameter block/);
    expect(() => replaceBlock(`${doc}${PARAMS_START}\n`, 'T')).toThrow(/more than one/);
    expect(() => replaceBlock(`${PARAMS_END}\n${PARAMS_START}\n`, 'T')).toThrow(/before/);
  });

  it('renders one row per parameter with its default, range, source and limitation', () => {
    const table = renderParamsTable();
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(PARAM_NAMES.length);
    const leakage = rows.find((line) => line.startsWith('| `leakage` |'));
    const spec = PARAM_SPECS.leakage;
    expect(leakage).toContain(`| ${formatNumber(spec.default)} | ${formatNumber(spec.min)} – ${formatNumber(spec.max)} |`);
    expect(leakage).toContain(tableCell(spec.source));
    expect(leakage).toContain(`\`${spec.limitation}\``);
  });

  it('keeps table cells intact and numbers readable', () => {
    expect(tableCell('a | b\nc')).toBe('a \\| b c');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(100000)).toBe('100000');
    expect(formatNumber(-1.5)).toBe('-1.5');
  });
});

/** The JSON block that follows an `<!-- example:NAME -->` marker. */
function example(doc: string, name: string): unknown {
  const marker = `<!-- example:${name} -->`;
  const at = doc.indexOf(marker);
  if (at < 0) throw new Error(`docs/scenarios.md has no ${marker}`);
  const match = /```json\n([\s\S]*?)\n```/.exec(doc.slice(at));
  if (!match?.[1]) throw new Error(`no json block after ${marker}`);
  return JSON.parse(match[1]) as unknown;
}

describe('docs/scenarios.md', () => {
  it('documents every scenario field, initial field, cluster type and effect target', () => {
    const fields = [...Object.keys(scenarioSchema.shape), ...Object.keys(initialSchema.shape)];
    expect(fields.filter((field) => !scenariosDoc.includes(`\`${field}\``))).toEqual([]);
    expect(CLUSTER_TYPES.filter((type) => !scenariosDoc.includes(`\`${type}\``))).toEqual([]);
    expect(EFFECT_TARGETS.filter((target) => !scenariosDoc.includes(`| \`${target}\` |`))).toEqual([]);
    expect(LIMITATIONS.filter((limitation) => !scenariosDoc.includes(`\`${limitation}\``))).toEqual([]);
    expect(SHOCKS.filter((shock) => !scenariosDoc.includes(`\`${shock}\``))).toEqual([]);
  });

  it('has a worked example scenario that validates, and a plan that validates against it', () => {
    const scenario = parseScenario(example(scenariosDoc, 'scenario'), 'docs/scenarios.md example');
    const start = noSpending(scenario.initial.tariff, scenario.incentiveTarget, scenario.laborStandards);
    const plan = parsePlan(example(scenariosDoc, 'plan'), start, 'docs/scenarios.md plan');
    expect(plan.years.length).toBeGreaterThan(0);
    const eventIds = new Set(scenario.events.map((e) => e.id));
    for (const year of plan.years) {
      for (const [eventId, choiceId] of Object.entries(year.eventChoices ?? {})) {
        expect(eventIds.has(eventId), `plan answers unknown event ${eventId}`).toBe(true);
        const event = scenario.events.find((e) => e.id === eventId);
        expect(event?.choices.some((c) => c.id === choiceId), `event ${eventId} has no choice ${choiceId}`).toBe(true);
      }
    }
  });
});
