// A scenario in a link: `#editor&scenario-data=<lz-string>&check=<fnv1a>` opens the scenario editor
// with it. The payload is the scenario file's JSON, compressed (lz-string's URI-safe form, as plan
// links use); the check (the payload's FNV-1a, last, as in plan links) catches a link cut short,
// which lz-string may otherwise still read as some scenario.
// A link is checked whole before anything is shown: too long, damaged (not compressed JSON) or not
// a valid scenario is refused with a message; the text in it is never more than text. Pure; no DOM.
import lz from 'lz-string';
import { parseJsonText, ValidationError } from '../scenario/errors';
import { checkDraft, type DraftProblem } from './editor-form';
import { fnv1a } from './plan-link';
import type { Scenario } from '../scenario';

export const EDITOR_HASH = '#editor';
const DATA_KEY = 'scenario-data';
/**
 * The longest payload a link may carry, in characters. A whole scenario such as Sialkot's compresses
 * to about 15,000; links much longer than this are cut by mail and chat programs (use the file).
 */
export const MAX_SHARE_CHARS = 20_000;
/** The longest JSON text a payload may expand to (a guard against a crafted link that expands hugely). */
const MAX_JSON_CHARS = 400_000;

/** Whether a location hash opens the editor ("#editor", a share link). */
export function isEditorHash(hash: string): boolean {
  return /^#?editor(&|$)/.test(hash);
}

export type ShareOutcome = { ok: true; hash: string } | { ok: false; reason: 'too-long'; length: number };

/** The link's hash for a scenario, or why it cannot be one. */
export function editorShareHash(scenario: Scenario): ShareOutcome {
  const payload = lz.compressToEncodedURIComponent(JSON.stringify(scenario));
  if (payload.length > MAX_SHARE_CHARS) return { ok: false, reason: 'too-long', length: payload.length };
  return { ok: true, hash: `${EDITOR_HASH}&${DATA_KEY}=${payload}&check=${fnv1a(payload)}` };
}

export type EditorLink =
  | { kind: 'none' }
  | { kind: 'open' }
  | { kind: 'scenario'; scenario: Scenario }
  /** problems: the English messages (as the command line writes them); found: the schema's problems of an invalid scenario, for a message in another language. */
  | { kind: 'problem'; problem: 'too-long' | 'damaged' | 'invalid'; problems: string[]; found?: DraftProblem[] };

/** Reads an editor link. Never throws. */
export function readEditorHash(hash: string): EditorLink {
  const text = hash.replace(/^#/, '');
  if (!isEditorHash(text)) return { kind: 'none' };
  const parts = text.slice('editor'.length).split('&');
  const part = parts.find((p) => p.startsWith(`${DATA_KEY}=`));
  if (part === undefined) return { kind: 'open' };
  const payload = part.slice(DATA_KEY.length + 1);
  if (payload.length > MAX_SHARE_CHARS) return { kind: 'problem', problem: 'too-long', problems: [] };
  const check = parts.find((p) => p.startsWith('check='))?.slice('check='.length);
  if (check !== fnv1a(payload)) return { kind: 'problem', problem: 'damaged', problems: [] };
  let json: string | null;
  try {
    json = lz.decompressFromEncodedURIComponent(payload);
  } catch {
    json = null;
  }
  if (!json || json.length > MAX_JSON_CHARS) return { kind: 'problem', problem: 'damaged', problems: [] };
  let data: unknown;
  try {
    data = parseJsonText(json, 'link');
  } catch (error) {
    return { kind: 'problem', problem: 'damaged', problems: error instanceof ValidationError ? error.problems : [] };
  }
  const checked = checkDraft(data);
  if (!checked.ok) return { kind: 'problem', problem: 'invalid', problems: checked.problems.map((p) => p.message), found: checked.problems };
  return { kind: 'scenario', scenario: checked.scenario };
}
