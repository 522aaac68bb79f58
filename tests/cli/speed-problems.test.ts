import { describe, expect, it } from 'vitest';
import { PLAY_TARGETS, speedProblems, type SpeedFigures } from '../../src/cli/bench-web';

const onTarget: SpeedFigures = { plannerInputToPaintMs: 12, idleFrameMs: 16.7, idleBusyShare: 0.2, budgetInputToPaintMs: 15, endYearToGrowthChartMs: 45 };

describe('speedProblems (the CI margin on bench:web figures)', () => {
  it('passes figures within the margin and names each one beyond it with its limit', () => {
    expect(speedProblems(onTarget, 2)).toEqual([]);
    const slow = { ...onTarget, endYearToGrowthChartMs: PLAY_TARGETS.endYearMs * 2 + 1, idleBusyShare: 0.7 };
    expect(speedProblems(slow, 2)).toEqual(['idleBusyShare 0.7 is over 0.6', 'endYearToGrowthChartMs 101ms is over 100ms']);
    expect(speedProblems(onTarget, 1)).toEqual([]);
    expect(speedProblems({ ...onTarget, budgetInputToPaintMs: 17 }, 1)).toEqual(['budgetInputToPaintMs 17ms is over 16ms']);
  });

  it('fails a figure that could not be measured', () => {
    expect(speedProblems({ ...onTarget, endYearToGrowthChartMs: NaN }, 2)).toEqual(['endYearToGrowthChartMs NaNms is over 100ms']);
  });
});
