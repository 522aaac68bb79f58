// The memo's "where your budget differed" lines give percentage points, not jobs.
import { describe, expect, it } from 'vitest';
import { rankingRow } from '../../src/view/workshop-dashboard';
import { teamMemo } from '../../src/view/workshop-memo';
import { renderMsg } from '../../src/view/report';
import { replayTeam } from '../../src/view/workshop-replay';
import { playSession, session, steady } from './workshop-fixtures';

describe('teamMemo distinctive lines', () => {
  it('say how many points of the budget, with no other unit', () => {
    const settings = session({ termYears: 2 });
    const runs = [
      replayTeam(settings, 'Skills', playSession(settings, steady({ training: 50 })).log),
      replayTeam(settings, 'Money', playSession(settings, steady({ incentives: 50 })).log),
    ];
    const rows = runs.map((run) => rankingRow(settings, run));
    const lines = teamMemo(settings, runs[0]!, runs, rows).distinctive.map((m) => renderMsg(m));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^You put \d+ points (more|less) of the budget into /);
  });
});
