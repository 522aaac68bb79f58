// A team's views of the workshop screen: joining a session (Session code, Team name, Join), and the
// list of teams playing on this device (hot seat). Mounted by workshop-screen.ts.
// (To be built: issue 11 items 2 and 3. The views below say so.)
import { el } from './component';
import { t } from './i18n';
import type { WorkshopViewOptions } from './workshop-facilitator';
import type { WorkshopRoute } from './workshop-screen';

/** What a team's game needs from the app. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TeamHooks {}

export interface TeamView {
  open(route: WorkshopRoute): void;
}

export type TeamViewOptions = WorkshopViewOptions & { team: TeamHooks };

export function mountJoin(root: HTMLElement, options: TeamViewOptions): TeamView {
  root.replaceChildren(el(options.doc, 'h3', {}, t('Join a session')));
  return { open: () => undefined };
}

/** The teams playing on this device, to switch between (hot seat); refreshed when home is shown. */
export function mountTeamsOnDevice(root: HTMLElement, options: TeamViewOptions): { refresh(): void } {
  void options;
  root.replaceChildren();
  return { refresh: () => undefined };
}
