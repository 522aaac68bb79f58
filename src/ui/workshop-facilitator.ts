// The facilitator's views of the workshop screen: session setup (Create session: the session code,
// the join link and its QR code) and a session's dashboard (result codes in, replayed, compared,
// debriefed, exported). Mounted by workshop-screen.ts.
// (To be built: issue 11 items 1 and 4. The views below say so.)
import { el } from './component';
import { t } from './i18n';
import type { WorkshopRoute } from './workshop-screen';

/** What the workshop screen gives each view. */
export interface WorkshopViewOptions {
  doc: Document;
  storage: Storage | null;
  announce(message: string): void;
  /** Goes to another workshop view (and puts it in the address). */
  go(route: WorkshopRoute): void;
  /** The page's address without its hash, for join links. */
  pageUrl(): string;
}

export interface FacilitatorView {
  /** The view is shown for this route (a dashboard route carries the session code). */
  open(route: WorkshopRoute): void;
}

export function mountSessionSetup(root: HTMLElement, options: WorkshopViewOptions): FacilitatorView {
  const heading = el(options.doc, 'h3', {}, t('Set up a session'));
  root.replaceChildren(heading);
  return { open: () => undefined };
}

export function mountWorkshopDashboard(root: HTMLElement, options: WorkshopViewOptions): FacilitatorView {
  const heading = el(options.doc, 'h3', {}, t('Dashboard'));
  root.replaceChildren(heading);
  return { open: () => undefined };
}
