// Stub: replaced by the real panel.
import type { Component, UiContext } from './component';

export function mountDebrief(root: HTMLElement, ctx: UiContext): Component {
  void root;
  void ctx;
  return { update: () => undefined };
}
