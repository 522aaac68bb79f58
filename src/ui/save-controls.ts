// Stub: replaced by the real save controls.
import type { Component, UiContext } from './component';
import type { App } from './app';

export function mountSaveControls(root: HTMLElement, ctx: UiContext, app: App): Component {
  void root;
  void ctx;
  void app;
  return { update: () => undefined };
}
