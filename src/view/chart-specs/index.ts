// Renderer-free chart specs (the SDEverywhere graph-vm idiom): what each outcome chart shows, as
// plain data. The player's path, the "no new policy" baseline (same scenario, seed and difficulty,
// nothing spent: same luck, so the gap is what the policy did), an optional uncertainty band (the
// baseline's p10..p90 over other seeds: how far luck alone moves it), and the years to mark
// (events, policy changes, shocks). src/ui/charts/ turns these into charts (chart-view.ts is the only
// file that runs chart.js); the data tables and the CSV read the same specs and rows. Pure; no DOM.
//
// One file per part: definitions (the indicators), outcomes (the line charts' specs), axis (numbers
// on axes and in tooltips), marks (marked years), bands (the baseline's band), game (inputs from the
// game's context, cached per game). Other chart families keep their specs beside their mechanism:
// waterfall.ts, groups.ts, policy-difference.ts, planner-charts.ts, plan-uncertainty.ts (fan),
// plan-sensitivity.ts (tornado), pareto.ts (frontier).
export * from './axis';
export * from './bands';
export * from './definitions';
export * from './game';
export * from './marks';
export * from './outcomes';
