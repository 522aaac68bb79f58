// Starting points in the URL, for sharing a scenario and for screenshots and browser tests (each
// link is followed once, then taken out of the address: see startupFor):
//   #scenario=sialkot-surgical            open that scenario's briefing
//   #scenario=sialkot-surgical&seed=5     with a fixed seed
//   &begin                                skip the briefing
//   &play=3                               play three years with the current settings (events: defaults)
//   &history                              play against history (a scenario with one: issue 13)
import { currentState, type GameEvent, type GameSnapshot } from '../flow';
import { defaultChoiceId, findEvent } from '../model';
import { isScenarioId, scenarioById } from '../scenario';
import { modelFor } from '../flow';

export interface DeepLink {
  scenario: string;
  seed: number | null;
  begin: boolean;
  play: number;
  /** Begin against history (only present when asked for). */
  history?: true;
}

/** Reads a deep link from a location hash; null when there is none or it names no known scenario. */
export function parseDeepLink(hash: string): DeepLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const scenario = params.get('scenario');
  if (!scenario || !isScenarioId(scenario)) return null;
  const seedText = params.get('seed');
  const seed = seedText !== null && /^-?\d+$/.test(seedText) ? Number(seedText) | 0 : null;
  const play = Math.max(0, Math.min(30, Number(params.get('play') ?? 0) | 0));
  const history = params.has('history');
  return { scenario, seed, begin: params.has('begin') || play > 0 || history, play, ...(history ? { history: true as const } : {}) };
}

/** Drives the game to the linked point. */
export function followDeepLink(link: DeepLink, send: (e: GameEvent) => void, snapshot: () => GameSnapshot, seed: number): void {
  send({ type: 'START', scenario: scenarioById(link.scenario), seed: link.seed ?? seed });
  if (!link.begin) return;
  send(link.history ? { type: 'BEGIN', againstHistory: true } : { type: 'BEGIN' });
  for (let k = 0; k < link.play && snapshot().matches('planning'); k++) {
    send({ type: 'END_YEAR' });
    const current = snapshot();
    if (current.matches('event') && current.context.scenario) {
      const eventId = currentState(current.context).activeEvent;
      const event = eventId ? findEvent(modelFor(current.context.scenario, current.context.difficulty), eventId) : undefined;
      if (event) send({ type: 'CHOOSE', choiceId: defaultChoiceId(event) });
    }
    if (k < link.play - 1) send({ type: 'NEXT' });
  }
}

/** What a page load opens: the link in its address (followed once), the game this tab had open, or the title. */
export type Startup = { kind: 'link'; link: DeepLink } | { kind: 'resume'; key: string } | { kind: 'title' };

/**
 * A link wins (it was just opened, even in a tab that had a game: that game stays saved); without
 * one, a reload resumes the game this tab had open (sessionStorage). Once followed, the link is
 * taken out of the address (withoutHash), so the reload that follows resumes instead of restarting.
 */
export function startupFor(hash: string, tabGame: string | null): Startup {
  const link = parseDeepLink(hash);
  if (link) return { kind: 'link', link };
  if (tabGame) return { kind: 'resume', key: tabGame };
  return { kind: 'title' };
}

/** The address without its #fragment, for history.replaceState once a link has been followed. */
export function withoutHash(href: string): string {
  const at = href.indexOf('#');
  return at === -1 ? href : href.slice(0, at);
}
