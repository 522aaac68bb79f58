// Keys carried over from the previous screen must not press a dialog's buttons: an Enter that ended
// the year (and opened the dialog) is still down when the dialog appears, and keeps sending keydown
// events while held, some systems without marking them as repeats. A key already down when the
// dialog opened is ignored inside it until it is released; a repeat of Enter or Space always is.
// Only a new press chooses.

/** Keys down in each document, tracked before any other handler sees them (capture, on the window). */
const downByDocument = new WeakMap<Document, Set<string>>();

const ACTIVATING = new Set(['Enter', ' ', 'Spacebar']);

function keysDown(doc: Document): Set<string> {
  const known = downByDocument.get(doc);
  if (known) return known;
  const keys = new Set<string>();
  downByDocument.set(doc, keys);
  const view = doc.defaultView;
  view?.addEventListener('keydown', (event) => keys.add(event.key), true);
  view?.addEventListener('keyup', (event) => keys.delete(event.key), true);
  // A key released while the page had no focus sends no keyup: forget everything then.
  view?.addEventListener('blur', () => keys.clear());
  doc.addEventListener('visibilitychange', () => keys.clear());
  return keys;
}

export interface KeyGuard {
  /** Call when the dialog opens: the keys down now are carried over and ignored until released. */
  opened(): void;
}

/** Starts tracking keys in `doc` (call at mount, before any dialog opens) and guards `dialog`. */
export function guardCarriedKeys(dialog: HTMLElement, doc: Document): KeyGuard {
  const down = keysDown(doc);
  let carried = new Set<string>();
  const swallow = (event: KeyboardEvent) => {
    const isCarried = carried.has(event.key);
    if (event.type === 'keyup') carried.delete(event.key);
    if (isCarried || (event.repeat && ACTIVATING.has(event.key))) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  dialog.addEventListener('keydown', swallow, true);
  dialog.addEventListener('keyup', swallow, true);
  dialog.addEventListener('keypress', swallow, true);
  return {
    opened() {
      carried = new Set([...down].filter((key) => ACTIVATING.has(key)));
    },
  };
}
