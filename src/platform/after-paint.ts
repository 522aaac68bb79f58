// Work the player does not need to see in this frame (moving focus, which forces a layout; writing the
// autosave; redrawing the town) waits until the frame that answers their click has painted.

/** Runs `task` just after the next frame has painted (a task queued from an animation frame runs after its paint). */
export function afterPaint(view: Window | null | undefined, task: () => void): void {
  if (!view?.requestAnimationFrame) {
    task();
    return;
  }
  view.requestAnimationFrame(() => view.setTimeout(task, 0));
}

/**
 * Runs `task` when the browser is next idle, or after `timeoutMs` at the latest; where idle callbacks
 * are missing (Safari), after a short delay. The task gets the idle deadline when there is one.
 */
export function whenIdle(view: Window, task: (deadline?: IdleDeadline) => void, timeoutMs: number): void {
  if (view.requestIdleCallback) view.requestIdleCallback(task, { timeout: timeoutMs });
  else view.setTimeout(task, Math.min(timeoutMs, 250));
}
