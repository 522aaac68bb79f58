// The title's list of saved games (#saved-games): each game with its cluster, the year reached and
// when it was last played, and Continue, Export and Delete; each damaged save with its reason,
// Download and Delete. Above the list: how many games there are and how much storage they use,
// and a warning when storage is full or the most games are kept. Delete asks first, naming the
// game, and will not delete a game another tab is playing. Redrawn when the saves change (in this
// tab or another) and when the language changes; focus stays on the button it was on.
import type { GameSnapshot } from '../flow';
import { downloadText } from '../platform/files';
import { INDEX_KEY, isSaveKey, type SavedEntry } from '../platform/game-slots';
import type { SaveManager } from '../platform/saves';
import { askChoice } from './choice-dialog';
import { el, type Component, type UiContext } from './component';
import { currentLocale, t } from './i18n';
import { entryName, entryTitle, progressLabel, sizeLabel, timeLabel } from './saved-game-text';
import './saved-games.css';

type Action = 'continue' | 'export' | 'delete';

/** The saved games' ways out, built by the app shell (app.ts). */
export interface SavedGamesWays {
  saves: Pick<
    SaveManager,
    'list' | 'lastProblem' | 'hasRoom' | 'store' | 'usageBytes' | 'locks' | 'remove' | 'exportEntry' | 'onChange'
  >;
  /** Continue: opens a saved game. */
  openSaved(key: string): Promise<boolean>;
  /** A message on the title (#save-notice); null hides it. */
  notice(message: string | null): void;
  /** Where focus goes when the last game is deleted and the list hides (the title's New game). */
  focusAfterList(): void;
}

export interface SavedGamesList extends Component {
  /** Moves focus to the list's heading. */
  focus(): void;
}

export function mountSavedGames(root: HTMLElement, ctx: UiContext, ways: SavedGamesWays): SavedGamesList {
  const { doc } = ctx;
  const { saves } = ways;
  const heading = el(doc, 'h2', { id: 'saved-games-heading', class: 'saved-games__heading', tabindex: '-1' });
  const summary = el(doc, 'p', { class: 'saved-games__summary' });
  const problem = el(doc, 'p', { class: 'saved-games__problem', role: 'alert' });
  problem.hidden = true;
  const list = el(doc, 'ul', { class: 'saved-games__list' });
  const header = el(doc, 'div', { class: 'saved-games__header' });
  header.append(heading, summary);
  root.classList.add('saved-games');
  root.setAttribute('aria-labelledby', 'saved-games-heading');
  root.replaceChildren(header, problem, list);

  /** What the list shows, to redraw only when it changes. */
  let shown = '';

  function ids(index: number): { name: string; detail: string } {
    return { name: `saved-game-${index}-name`, detail: `saved-game-${index}-detail` };
  }

  function button(label: string, kind: string, action: Action, entry: SavedEntry, index: number): HTMLButtonElement {
    const { name, detail } = ids(index);
    const id = `saved-game-${index}-${action}`;
    // Named with the game ("Continue Sialkot 2004 · year 4 of 10"): several games have the same buttons.
    const node = el(doc, 'button', { type: 'button', class: kind, id, 'aria-labelledby': `${id} ${name} ${detail}` }, label);
    node.dataset.key = entry.key;
    node.dataset.action = action;
    return node;
  }

  function item(entry: SavedEntry, index: number): HTMLLIElement {
    const { name, detail } = ids(index);
    const li = el(doc, 'li', { class: `saved-game${entry.kind === 'damaged' ? ' saved-game--damaged' : ''}` });
    const info = el(doc, 'div', { class: 'saved-game__info' });
    info.append(el(doc, 'h3', { class: 'saved-game__name', id: name }, entryName(entry)));
    const actions = el(doc, 'div', { class: 'saved-game__actions' });
    if (entry.kind === 'game') {
      info.append(
        el(doc, 'p', { class: 'saved-game__detail', id: detail }, progressLabel(entry)),
        el(doc, 'p', { class: 'saved-game__when' }, t('Last played {when}', { when: timeLabel(entry.lastPlayed) })),
      );
      actions.append(
        button(t('Continue'), 'primary', 'continue', entry, index),
        button(t('Export'), 'secondary', 'export', entry, index),
        button(t('Delete'), 'secondary danger', 'delete', entry, index),
      );
    } else {
      info.append(
        el(doc, 'p', { class: 'saved-game__detail saved-game__reason', id: detail }, t('Could not be loaded: {problem}.', { problem: entry.reason })),
      );
      if (entry.source && entry.cluster) {
        info.append(el(doc, 'p', { class: 'saved-game__when' }, t('Imported from {file}', { file: entry.source })));
      }
      if (entry.keptAt) info.append(el(doc, 'p', { class: 'saved-game__when' }, t('Kept {when}', { when: timeLabel(entry.keptAt) })));
      actions.append(
        button(t('Download'), 'secondary', 'export', entry, index),
        button(t('Delete'), 'secondary danger', 'delete', entry, index),
      );
    }
    li.append(info, actions);
    return li;
  }

  function problemText(): string | null {
    const last = saves.lastProblem();
    if (last === 'full') {
      return t('Storage in this browser is full, so a game could not be saved. Delete saved games you no longer need (export them first to keep them as files).');
    }
    if (!saves.hasRoom()) {
      return t('This browser keeps at most {max} saved games. Delete one you no longer need to start a new game.', {
        max: saves.store.maxGames,
      });
    }
    return null;
  }

  function render(force = false): void {
    const entries = saves.list();
    const signature = JSON.stringify([currentLocale(), saves.lastProblem(), entries]);
    if (!force && signature === shown) return;
    shown = signature;
    root.hidden = entries.length === 0 && saves.lastProblem() === null;
    heading.textContent = t('Saved games');
    summary.textContent = t('{count} of at most {max} · saves use {size}', {
      count: entries.length,
      max: saves.store.maxGames,
      size: sizeLabel(saves.usageBytes()),
    });
    const message = problemText();
    problem.textContent = message ?? '';
    problem.hidden = message === null;
    // Keep focus where it was: the same button of the same game, if it is still there.
    const focused = doc.activeElement instanceof HTMLElement && list.contains(doc.activeElement) ? doc.activeElement : null;
    const focusKey = focused?.dataset.key;
    const focusAction = focused?.dataset.action;
    list.replaceChildren(...entries.map(item));
    if (focused) {
      const again = [...list.querySelectorAll<HTMLButtonElement>('button')].find(
        (b) => b.dataset.key === focusKey && b.dataset.action === focusAction,
      );
      (again ?? list.querySelector('button') ?? heading).focus();
    }
  }

  async function confirmDelete(entry: SavedEntry): Promise<boolean> {
    const text =
      entry.kind === 'game'
        ? t('{game}, last played {when}. A deleted game cannot be brought back; export it first to keep it as a file.', {
            game: entryTitle(entry),
            when: timeLabel(entry.lastPlayed),
          })
        : t('{game}: {problem}. A deleted save cannot be brought back; download it first to keep it as a file.', {
            game: entryTitle(entry),
            problem: entry.reason,
          });
    const answer = await askChoice(doc, {
      id: 'delete-game-dialog',
      title: entry.kind === 'game' ? t('Delete {game}?', { game: entryName(entry) }) : t('Delete this damaged save?'),
      text: [text],
      choices: [
        { id: 'delete', label: t('Delete'), kind: 'danger' },
        { id: 'keep', label: t('Keep it') },
      ],
      focus: 'keep',
      cancel: 'keep',
    });
    return answer === 'delete';
  }

  async function remove(entry: SavedEntry, from: HTMLButtonElement): Promise<void> {
    if (!(await confirmDelete(entry))) return;
    // Not while another tab plays it: that tab would go on saving a game the list no longer shows.
    if (entry.kind === 'game' && (await saves.locks.claim(entry.key)) === 'busy') {
      ways.notice(t('{game} is open in another tab. Quit it there first, then delete it here.', { game: entryName(entry) }));
      return;
    }
    const next = from.closest('li')?.nextElementSibling ?? from.closest('li')?.previousElementSibling;
    const nextKey = next?.querySelector<HTMLButtonElement>('button')?.dataset.key;
    saves.remove(entry.key);
    ctx.announce(t('Deleted {game}.', { game: entryName(entry) }));
    render(true);
    const target = [...list.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.dataset.key === nextKey);
    if (target) target.focus();
    else if (root.hidden) ways.focusAfterList();
    else heading.focus();
  }

  list.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    if (!target) return;
    const entry = saves.list().find((e) => e.key === target.dataset.key);
    if (!entry) {
      render(true);
      return;
    }
    const action = target.dataset.action as Action;
    if (action === 'continue') void ways.openSaved(entry.key);
    else if (action === 'delete') void remove(entry, target);
    else {
      const file = saves.exportEntry(entry.key);
      if (!file) return;
      downloadText(doc, file.filename, file.text);
      ctx.announce(t('Saved the game as {file}.', { file: file.filename }));
    }
  });

  saves.onChange(() => render());
  // Another tab saved, deleted or imported a game.
  doc.defaultView?.addEventListener('storage', (event) => {
    if (event.key === null || event.key === INDEX_KEY || isSaveKey(event.key)) render();
  });
  // Dates and sizes follow the language (the language menu's own handlers run first).
  doc.addEventListener('change', (event) => {
    if ((event.target as Element | null)?.id === 'language') render(true);
  });
  render(true);

  return {
    update(snapshot: GameSnapshot) {
      if (snapshot.value === 'title') render();
    },
    focus() {
      heading.focus();
    },
  };
}
