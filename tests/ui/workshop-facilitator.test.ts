// The facilitator's pure helpers: result codes found in a file, the ranking's sort and aria-sort, the
// scores as the ranking shows them, the guide's Markdown, and the workshop routes (the guide's too).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeResultCode } from '../../src/platform/workshop-result-code';
import { rankingRow, RANKING_CRITERIA, type RankingRow } from '../../src/view/workshop-dashboard';
import { replayTeam } from '../../src/view/workshop-replay';
import { ariaSortOf, codesInText, nextSort, sortRanking } from '../../src/ui/workshop-dashboard-input';
import { scoreText } from '../../src/ui/workshop-dashboard-view';
import { parseGuide, plainInline } from '../../src/ui/workshop-guide';
import { readWorkshopHash, workshopHash, type WorkshopRoute } from '../../src/ui/workshop-screen';
import { playSession, session, sliderTeam, steady } from '../view/workshop-fixtures';

describe('codesInText', () => {
  const settings = session({ termYears: 3 });
  const code = encodeResultCode(settings, 'Red', playSession(settings, sliderTeam(1)).log);

  it('finds a code alone, after a label, or among other lines, once each', () => {
    expect(codesInText(code)).toEqual([code]);
    expect(codesInText(`  ${code}\n`)).toEqual([code]);
    expect(codesInText(`Cluster Policy Lab\nTeam: Red\nResult code: ${code}\n`)).toEqual([code]);
    expect(codesInText(`${code}\n${code}`)).toEqual([code]);
    const other = encodeResultCode(settings, 'Blue', playSession(settings, steady({ training: 30 })).log);
    expect(codesInText(`${code}\r\n\r\n${other}`)).toEqual([code, other]);
  });

  it('gives back a text with no code whole (so adding it says what is wrong), and nothing for blank text', () => {
    expect(codesInText(' K7QF ')).toEqual(['K7QF']);
    expect(codesInText('https://example.org/#workshop&join=K7QF-2M9D-X3A')).toEqual([
      'https://example.org/#workshop&join=K7QF-2M9D-X3A',
    ]);
    expect(codesInText(' \n ')).toEqual([]);
  });
});

describe('the ranking sort', () => {
  const settings = session({ termYears: 3 });
  const rows: RankingRow[] = [
    steady({ training: 40, infrastructure: 30 }),
    steady({ incentives: 60 }),
    sliderTeam(5),
  ].map((s, i) => rankingRow(settings, replayTeam(settings, `Team ${i + 1}`, playSession(settings, s).log)));

  it('sorts a new criterion best first, the same one again worst first', () => {
    let sort = { criterion: 'balanced' as const, bestFirst: true } as Parameters<typeof nextSort>[0];
    sort = nextSort(sort, 'poverty');
    expect(sort).toEqual({ criterion: 'poverty', bestFirst: true });
    const poverty = sortRanking(rows, sort).map((r) => r.scores.poverty);
    expect(poverty).toEqual([...poverty].sort((a, b) => a - b));
    sort = nextSort(sort, 'poverty');
    expect(sort.bestFirst).toBe(false);
    expect(sortRanking(rows, sort).map((r) => r.scores.poverty)).toEqual([...poverty].reverse());
    sort = nextSort(sort, 'jobs');
    const jobs = sortRanking(rows, sort).map((r) => r.scores.jobs);
    expect(jobs).toEqual([...jobs].sort((a, b) => b - a));
  });

  it('says how each column runs in aria-sort', () => {
    expect(ariaSortOf({ criterion: 'poverty', bestFirst: true }, 'poverty')).toBe('ascending');
    expect(ariaSortOf({ criterion: 'poverty', bestFirst: false }, 'poverty')).toBe('descending');
    expect(ariaSortOf({ criterion: 'jobs', bestFirst: true }, 'jobs')).toBe('descending');
    expect(ariaSortOf({ criterion: 'jobs', bestFirst: false }, 'jobs')).toBe('ascending');
    for (const c of RANKING_CRITERIA.filter((c) => c !== 'jobs'))
      expect(ariaSortOf({ criterion: 'jobs', bestFirst: true }, c)).toBe('none');
  });

  it('shows scores with their sign and unit', () => {
    expect(scoreText('balanced', 63.4)).toBe('63');
    expect(scoreText('jobs', 5.43)).toBe('+5.4\u00a0%');
    expect(scoreText('output', -2)).toBe('−2.0\u00a0%');
    expect(scoreText('poverty', -1.25)).toMatch(/^−1\.[23]$/);
    expect(scoreText('trust', 0.01)).toBe('±0.0');
  });
});

describe('the guide', () => {
  it('reads headings, paragraphs and lists, wrapped items joined, inline marks dropped', () => {
    const blocks = parseGuide(
      '# Title\n\nSome **bold** and `code`\ntext.\n\n- one\n  more\n- two\n\n1. first\n2. [second](x)\n\n## Next',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'Some bold and code text.' },
      { kind: 'list', ordered: false, items: ['one more', 'two'] },
      { kind: 'list', ordered: true, items: ['first', 'second'] },
      { kind: 'heading', level: 2, text: 'Next' },
    ]);
    expect(plainInline('a *b* c')).toBe('a b c');
  });

  it('has the session plans, the debrief questions, the handout and what to do offline', () => {
    const blocks = parseGuide(readFileSync('docs/facilitator-guide.md', 'utf8'));
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings[0]).toBe('Facilitator guide');
    for (const h of [
      '60 minutes',
      '90 minutes',
      '180 minutes',
      'The debrief questions',
      'The student handout',
      'With no internet',
    ])
      expect(headings).toContain(h);
  });
});

describe('workshop routes', () => {
  it('round-trips every view, the guide included', () => {
    const routes: WorkshopRoute[] = [
      { view: 'home' },
      { view: 'setup' },
      { view: 'guide' },
      { view: 'dashboard', code: 'K7QF-2M9D-X3A' },
      { view: 'join', code: null },
      { view: 'join', code: 'K7QF-2M9D-X3A' },
    ];
    for (const route of routes) expect(readWorkshopHash(workshopHash(route))).toEqual(route);
  });
});
