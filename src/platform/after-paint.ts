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
