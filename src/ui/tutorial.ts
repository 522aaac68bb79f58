// Stub: replaced by the real tutorial.
import type { Component, UiContext } from './component';

export function mountTutorial(ctx: UiContext, storage: Storage): Component {
  void ctx;
  void storage;
  return { update: () => undefined };
}
