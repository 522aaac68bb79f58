import fc from 'fast-check';
import lz from 'lz-string';
import { describe, expect, it } from 'vitest';
import { allScenarios, scenarioById } from '../../src/scenario';
import { checkDraft, draftFrom, setAt } from '../../src/view/editor-form';
import { editorShareHash, isEditorHash, MAX_SHARE_CHARS, readEditorHash } from '../../src/view/editor-share';
import { fnv1a } from '../../src/view/plan-link';

const custom = (id = 'sialkot-surgical') => {
  const checked = checkDraft(draftFrom(scenarioById(id)));
  if (!checked.ok) throw new Error('not valid');
  return checked.scenario;
};
const hashOf = (payload: string) => `#editor&scenario-data=${payload}&check=${fnv1a(payload)}`;

describe('a scenario share link', () => {
  it('carries every scenario and archetype whole: the link opens the same scenario', () => {
    for (const scenario of allScenarios()) {
      const mine = custom(scenario.id);
      const outcome = editorShareHash(mine);
      expect(outcome.ok, scenario.id).toBe(true);
      if (!outcome.ok) continue;
      expect(outcome.hash.length).toBeLessThan(MAX_SHARE_CHARS + 40);
      expect(readEditorHash(outcome.hash)).toEqual({ kind: 'scenario', scenario: mine });
    }
  });

  it('is told apart from other links', () => {
    expect(isEditorHash('#editor')).toBe(true);
    expect(isEditorHash('#editor&scenario-data=x')).toBe(true);
    expect(isEditorHash('#editors')).toBe(false);
    expect(isEditorHash('#planner')).toBe(false);
    expect(readEditorHash('#editor')).toEqual({ kind: 'open' });
    expect(readEditorHash('#planner&scenario=x')).toEqual({ kind: 'none' });
  });

  it('refuses a scenario too long for a link, and a link too long to read', () => {
    const long = { ...custom(), briefing: Array.from({ length: 6000 }, (_, i) => `w${(i * 7919) % 104729}`).join(' ') };
    const outcome = editorShareHash(long);
    expect(outcome).toMatchObject({ ok: false, reason: 'too-long' });
    expect(readEditorHash(hashOf('A'.repeat(MAX_SHARE_CHARS + 1)))).toMatchObject({ kind: 'problem', problem: 'too-long' });
  });

  it('refuses a damaged or cut link, whatever was changed, and never throws', () => {
    const outcome = editorShareHash(custom());
    if (!outcome.ok) throw new Error('no link');
    // Cut anywhere (the check is last, so a cut link loses it or part of it), or one character changed.
    fc.assert(
      fc.property(fc.integer({ min: '#editor&'.length, max: outcome.hash.length - 1 }), (cut) => {
        const read = readEditorHash(outcome.hash.slice(0, cut));
        expect(['problem', 'open']).toContain(read.kind);
      }),
      { numRuns: 60 },
    );
    const payload = outcome.hash.slice(outcome.hash.indexOf('=') + 1, outcome.hash.indexOf('&check='));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: payload.length - 1 }), fc.constantFrom('A', 'z', '-', '$'), (at, ch) => {
        if (payload[at] === ch) return;
        const changed = `${payload.slice(0, at)}${ch}${payload.slice(at + 1)}`;
        const read = readEditorHash(`#editor&scenario-data=${changed}&check=${fnv1a(payload)}`);
        expect(read).toMatchObject({ kind: 'problem', problem: 'damaged' });
      }),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        const read = readEditorHash(hashOf(junk));
        expect(['problem', 'scenario']).toContain(read.kind);
      }),
    );
    expect(readEditorHash(hashOf('not-lz-at-all'))).toMatchObject({ kind: 'problem', problem: 'damaged' });
  });

  it('refuses a scenario that breaks the rules, with the schema\'s message', () => {
    const bad = setAt(draftFrom(scenarioById('sialkot-surgical')), ['initial', 'smeFirms'], -5);
    const read = readEditorHash(hashOf(lz.compressToEncodedURIComponent(JSON.stringify(bad))));
    expect(read).toMatchObject({ kind: 'problem', problem: 'invalid' });
    if (read.kind === 'problem') expect(read.problems).toContain('initial.smeFirms: must be a whole number at least 1 and at most 1000000');
    const builtIn = readEditorHash(hashOf(lz.compressToEncodedURIComponent(JSON.stringify(scenarioById('sialkot-surgical')))));
    expect(builtIn).toMatchObject({ kind: 'problem', problem: 'invalid' });
  });
});
