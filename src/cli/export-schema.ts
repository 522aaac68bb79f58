// `npm run schema`: writes scenarios/scenario.schema.json from the zod scenario schema (the schema
// is the single source of truth; editors use the JSON Schema for completion and checks).
// `--check` exits 1 when the file on disk is missing or says something different (formatting aside),
// so a test keeps the committed file from going stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
// The schema module directly, not the scenario index: that would load the built-in scenario files.
import { scenarioSchema } from '../scenario/schema';

export const SCHEMA_PATH = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));
const DISPLAY_PATH = 'scenarios/scenario.schema.json';

/** The JSON Schema for scenario files (what a file may contain; cross-field rules are checked by the app). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $schema,
    $id: 'urn:cluster-policy-lab:scenario',
    title: 'Cluster Policy Lab scenario',
    description:
      'A Cluster Policy Lab scenario: one industrial cluster, its starting figures with sources, model parameter overrides, events and goals. ' +
      'Generated from src/scenario/schema.ts by `npm run schema`; do not edit by hand. Rules across fields (foreignFirms <= largeFirms, ' +
      'largeOutputShare 0 without large firms and at least 0.001 with them, each effect\'s delta within its target\'s limit, a source for every figure, unique event and choice ids, one default choice per event, a trigger per event) are checked when the scenario is loaded.',
    ...generated,
  };
}

export function schemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

function main(argv: string[]): number {
  let check: boolean;
  try {
    check =
      parseArgs({ args: argv, options: { check: { type: 'boolean' } }, strict: true, allowPositionals: false }).values
        .check === true;
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message.split('\n')[0]} (usage: npm run schema [-- --check])\n`);
    return 2;
  }
  const text = schemaText();
  if (!check) {
    writeFileSync(SCHEMA_PATH, text);
    process.stdout.write(`wrote ${DISPLAY_PATH}\n`);
    return 0;
  }
  let onDisk: unknown;
  try {
    onDisk = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  } catch (error) {
    process.stderr.write(
      `error: cannot read ${DISPLAY_PATH} (${(error as Error).message.split('\n')[0]}); run npm run schema\n`,
    );
    return 1;
  }
  // Compare content, not layout, so reformatting the file (e.g. with Prettier) does not count as stale.
  if (JSON.stringify(onDisk) !== JSON.stringify(JSON.parse(text))) {
    process.stderr.write(`error: ${DISPLAY_PATH} is out of date with src/scenario/schema.ts; run npm run schema\n`);
    return 1;
  }
  process.stdout.write(`${DISPLAY_PATH} is up to date\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`error: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
