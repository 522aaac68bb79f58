// scenarios/scenario.schema.json is generated from the zod schema (npm run schema); this keeps the
// committed file from going stale.
import { describe, expect, it } from 'vitest';
import { tsx } from './run-cli';

describe('scenario JSON Schema', () => {
  it('scenarios/scenario.schema.json matches the zod schema (else run npm run schema)', async () => {
    const result = await tsx('src/cli/export-schema.ts', '--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});
