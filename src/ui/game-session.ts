// Which saved game this tab plays, and how it gets there:
//  - a link in the address starts a NEW game (its own slot), is followed once and then taken out
//    of the address, so a reload does not start it again;
//  - a reload resumes the game this tab had open (sessionStorage);
//  - Continue (the title's, or a saved game's in the list) opens a game once this tab holds it;
//    when another tab has it, the player chooses: Take over (the other tab writes its last state
//    and stops) or Open a copy (a new slot);
//  - when another tab takes this tab's game, this tab stops writing it and says so.
import type { GameSnapshot } from '../flow';
import { newSeed } from '../platform/seed';
import type { StoreProblem } from '../platform/game-slots';
import type { SaveManager } from '../platform/saves';
import { askChoice } from './choice-dialog';
import type { UiContext } from './component';
import { followDeepLink, startupFor, withoutHash, type DeepLink } from './deep-link';
import { t } from './i18n';
import { entryTitle } from './saved-game-text';

export interface SessionHost {
  saves: SaveManager;
  /** Replaces the running game with a restored one. */
  load(snapshot: GameSnapshot): void;
  /** Ends the running game without writing it again and shows the title. */
  closeGame(): void;
  /** Shows the map (a link to a briefing starts there). */
  beforeLink(): void;
  /** A message on the title (#save-notice); null hides it. */
  notice(message: string | null): void;
}

export interface GameSession {
  /** Opens a saved game in this tab; resolves true when it is open. */
  openSaved(key: string, options?: { resume?: boolean }): Promise<boolean>;
  /** Follows the link in `hash` into a new game; false when there is none (or no room for it). */
  followLink(hash: string): boolean;
  /** What the page opens with: the link, the game this tab had open, or the title. */
  start(hash: string): void;
}

/** The message when no new game can be saved: the most games kept, storage full or blocked. */
export function noRoomMessage(max: number): string {
  return t(
    'There are already {max} saved games in this browser, the most it keeps. Delete one you no longer need (in Saved games below) to start a new one.',
    { max },
  );
}

function copyProblemMessage(problem: StoreProblem, max: number): string {
  if (problem === 'limit') return noRoomMessage(max);
  return problem === 'full'
    ? t('Storage in this browser is full, so the copy could not be made. Delete saved games you no longer need, then try again.')
    : t('This browser would not keep the copy (storage is blocked, as in private browsing).');
}

/** The savedAt written in a save's text, or null. */
function savedAtOf(text: string | null): string | null {
  if (text === null) return null;
  try {
    const value = (JSON.parse(text) as { savedAt?: unknown }).savedAt;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function createGameSession(host: SessionHost, ctx: UiContext): GameSession {
  const { doc } = ctx;
  const { saves } = host;
  const view = doc.defaultView;
  let opening = false;
  let movedShown: string | null = null;

  /** Waits until the slot shows the write the other tab made last (its stamp), at most 2 s. */
  async function readable(key: string, stamp: string | null): Promise<void> {
    for (let waited = 0; stamp !== null && waited < 2000; waited += 50) {
      if (savedAtOf(saves.store.text(key)) === stamp) return;
      await new Promise((resolve) => (view ?? globalThis).setTimeout(resolve, 50));
    }
  }

  /** Another tab has the game: Take over, Open a copy, or leave it. Resolves with the slot to open, or null. */
  async function whenBusy(key: string): Promise<string | null> {
    const entry = saves.list().find((e) => e.key === key);
    const name = entry ? entryTitle(entry) : t('This game');
    const answer = await askChoice(doc, {
      id: 'game-busy-dialog',
      title: t('This game is open in another tab'),
      text: [
        t('{game} is being played in another tab of this browser. Only one tab at a time saves a game, so that neither writes over the other.', {
          game: name,
        }),
        t('Take over: the other tab saves where it is and stops; you go on here. Open a copy: a new saved game starts here from the same point; the other tab keeps the original.'),
      ],
      choices: [
        { id: 'take-over', label: t('Take over'), kind: 'primary' },
        { id: 'copy', label: t('Open a copy') },
        { id: 'cancel', label: t('Cancel') },
      ],
      focus: 'take-over',
      cancel: 'cancel',
    });
    if (answer === 'take-over') {
      const stamp = await saves.locks.takeOver(key);
      await readable(key, stamp);
      return key;
    }
    if (answer !== 'copy') return null;
    const copy = saves.store.copy(key);
    if (!copy.ok) {
      host.notice(copyProblemMessage(copy.problem, saves.store.maxGames));
      return null;
    }
    saves.locks.claimNew(copy.key);
    return copy.key;
  }

  async function openSaved(key: string, options: { resume?: boolean } = {}): Promise<boolean> {
    if (opening) return false;
    opening = true;
    try {
      if (!saves.list().some((e) => e.key === key)) {
        if (options.resume) saves.detach();
        else host.notice(t('This saved game is no longer in this browser (it may have been deleted in another tab).'));
        return false;
      }
      // After a reload the page's old copy may still be letting go of the game: wait a moment for it.
      const claim = await saves.locks.claim(key, options.resume ? { waitMs: 2000 } : {});
      const target = claim === 'held' ? key : await whenBusy(key);
      if (target === null) {
        // Left to the other tab: a reload here shows the title rather than asking again.
        if (options.resume) saves.detach();
        return false;
      }
      const result = saves.open(target);
      if (!result.ok) {
        saves.locks.release(target);
        if (options.resume) saves.detach();
        host.notice(result.message);
        return false;
      }
      host.notice(null);
      // Attached first, so the loaded game is written to its own slot, not to a new one.
      saves.attach(target, result.snapshot);
      host.load(result.snapshot);
      // A copy is written at once, so the list tells it from the original by its time.
      if (target !== key) saves.flush(result.snapshot);
      return true;
    } finally {
      opening = false;
    }
  }

  function followLink(hash: string): boolean {
    const start = startupFor(hash, null);
    if (start.kind !== 'link') return false;
    if (!saves.hasRoom()) {
      // The link stays in the address, so once a game is deleted a reload opens it.
      host.notice(noRoomMessage(saves.store.maxGames));
      return false;
    }
    follow(start.link);
    return true;
  }

  function follow(link: DeepLink): void {
    // The game on screen, if any, stays saved (draft included); the link starts a new one.
    const current = ctx.snapshot();
    if (!current.matches('title')) {
      saves.flush(current);
      if (current.can({ type: 'QUIT' })) ctx.send({ type: 'QUIT' });
      else host.closeGame();
    }
    host.beforeLink();
    followDeepLink(link, ctx.send, ctx.snapshot, newSeed());
    // Followed once: a reload resumes this game instead of starting it again.
    try {
      view?.history.replaceState(view.history.state, '', withoutHash(view.location.href));
    } catch {
      // An address that cannot be changed (a sandboxed frame): a reload then follows the link again.
    }
  }

  async function showMoved(key: string): Promise<void> {
    if (movedShown === key) return;
    movedShown = key;
    await askChoice(doc, {
      id: 'game-moved-dialog',
      title: t('This game is now open in another tab'),
      text: [
        t('It moved to another tab of this browser, which saves it from now on. This tab stopped saving it, so the two cannot write over each other.'),
      ],
      choices: [{ id: 'title', label: t('Back to the title'), kind: 'primary' }],
      focus: 'title',
      cancel: 'title',
    });
    movedShown = null;
    host.closeGame();
  }

  saves.onChange(() => {
    const state = saves.state();
    if (state.kind === 'moved') void showMoved(state.key);
  });

  return {
    openSaved,
    followLink,
    start(hash) {
      const start = startupFor(hash, saves.tabGame());
      if (start.kind === 'link') followLink(hash);
      else if (start.kind === 'resume') void openSaved(start.key, { resume: true });
    },
  };
}
