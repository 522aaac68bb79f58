// Save controls on the title page (#save-controls): Import save (a button that opens a file
// chooser), and a Download button for each damaged save kept in this browser. Problems are shown
// in #save-notice (role=alert), as text.
import type { GameSnapshot } from '../flow';
import { downloadText, readFileText } from '../platform/files';
import type { QuarantinedSave } from '../platform/saves';
import type { App } from './app';
import { el, type Component, type UiContext } from './component';
import { currentLocale, t } from './i18n';
import './save-controls.css';

/** A kept save's time, for people ("24 Nov 2025, 22:49"); the ISO text when it is not a time. */
export function keptAtLabel(keptAt: string, locale = currentLocale()): string {
  const time = new Date(keptAt);
  if (Number.isNaN(time.getTime())) return keptAt;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(time);
  } catch {
    return time.toISOString();
  }
}

export function damagedFilename(save: QuarantinedSave): string {
  return `cluster-policy-lab-damaged-${save.keptAt.replace(/[^0-9A-Za-z]+/g, '-').replace(/-+$/, '')}.json`;
}

export function mountSaveControls(root: HTMLElement, ctx: UiContext, app: App): Component {
  const { doc } = ctx;
  const notice = doc.getElementById('save-notice');

  const input = el(doc, 'input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'import-save-file',
    'aria-label': t('Saved game file to import'),
    tabindex: '-1',
  });
  input.hidden = true;
  const importButton = el(doc, 'button', { type: 'button', class: 'secondary', id: 'import-save' }, t('Import save'));
  const status = el(doc, 'p', { class: 'save-controls__status', role: 'status' });
  status.hidden = true;
  const damaged = el(doc, 'div', { class: 'damaged-saves', role: 'group', 'aria-labelledby': 'damaged-saves-heading' });
  damaged.hidden = true;
  root.replaceChildren(importButton, input, status, damaged);

  function showNotice(message: string | null): void {
    if (!notice) return;
    notice.textContent = message ?? '';
    notice.hidden = message === null;
  }

  importButton.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    importButton.disabled = true;
    readFileText(file)
      .then((text) => {
        const result = app.saves.importText(text, file.name);
        if (result.ok) {
          showNotice(null);
          app.load(result.snapshot);
          ctx.announce(t('Loaded the saved game from {file}.', { file: file.name }));
        } else {
          showNotice(result.message);
        }
      })
      .catch((error: unknown) => {
        showNotice(
          t('"{file}" could not be read: {reason}. Your current game is unchanged.', {
            file: file.name,
            reason: error instanceof Error ? error.message : String(error),
          }),
        );
      })
      .finally(() => {
        importButton.disabled = false;
        // Choosing the same file again must fire "change" again.
        input.value = '';
      });
  });

  let shownKeys = '';
  function renderDamaged(): void {
    const kept = app.saves.quarantined();
    const keys = kept.map((q) => q.key).join('\n');
    if (keys === shownKeys) return;
    const hadFocus = damaged.contains(doc.activeElement);
    shownKeys = keys;
    damaged.hidden = kept.length === 0;
    if (kept.length === 0) {
      damaged.replaceChildren();
      return;
    }
    const heading = el(
      doc,
      'p',
      { id: 'damaged-saves-heading', class: 'damaged-saves__heading' },
      t('Saves that could not be loaded are kept here:'),
    );
    const list = el(doc, 'ul', { class: 'damaged-saves__list' });
    // Newest first: the one just kept is the one the player is looking for.
    for (const save of [...kept].reverse()) {
      const button = el(
        doc,
        'button',
        { type: 'button', class: 'secondary damaged-saves__download' },
        t('Download damaged save ({when})', { when: keptAtLabel(save.keptAt) }),
      );
      button.addEventListener('click', () => downloadText(doc, damagedFilename(save), save.text));
      const item = el(doc, 'li');
      item.append(button);
      list.append(item);
    }
    damaged.replaceChildren(heading, list);
    if (hadFocus) list.querySelector('button')?.focus();
  }

  function renderStatus(): void {
    const problem = app.saves.storageProblem();
    status.textContent = problem ?? '';
    status.hidden = problem === null;
  }

  function render(): void {
    renderDamaged();
    renderStatus();
  }

  app.saves.onChange(render);
  render();

  return {
    update(snapshot: GameSnapshot) {
      if (snapshot.value === 'title') render();
    },
  };
}
