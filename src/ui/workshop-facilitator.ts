// The facilitator's views of the workshop screen: session setup (Create session: the session code,
// the join link and its QR code, the student handout; workshop-setup.ts), a session's dashboard
// (result codes in, replayed, compared, debriefed, exported; workshop-dashboard-view.ts) and the
// facilitator guide (workshop-guide.ts). Mounted by workshop-screen.ts.
import type { WorkshopRoute } from './workshop-screen';
import './workshop-facilitator.css';

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

export { mountSessionSetup } from './workshop-setup';
export { mountWorkshopDashboard } from './workshop-dashboard-view';
export { mountFacilitatorGuide } from './workshop-guide';
