// Composition root. Later it creates the game actor, subscribes to it and hands snapshots to the
// scenes and panels (see architecture.md). Until the game exists it only finishes the title page,
// which is plain HTML in index.html and readable before any script runs.
import { version } from '../package.json';

function setUpTitlePage(doc: Document): void {
  for (const element of doc.querySelectorAll<HTMLElement>('[data-app-version]')) {
    element.textContent = `v${version}`;
  }
  doc.documentElement.dataset.ready = 'true';
}

setUpTitlePage(document);
