// While the player plans, the page is mostly idle: load chart.js and compute the no-new-policy
// band now (about 40 runs), so that End year opens the report without waiting for either.
import type { GameSnapshot } from '../flow';
import { baselineForGame, bandsReady } from '../view/chart-specs';
import { loadChartLibrary } from './charts/chart-view';
import { whenIdle } from '../platform/after-paint';

let scheduled = false;

export function warmUpWhilePlanning(snapshot: GameSnapshot, view: Window): void {
  if (scheduled || snapshot.value !== 'planning' || !snapshot.context.scenario) return;
  const context = snapshot.context;
  if (bandsReady(context)) return;
  scheduled = true;
  const run = () => {
    scheduled = false;
    void loadChartLibrary();
    baselineForGame(context, true);
  };
  whenIdle(view, run, 2000);
}
