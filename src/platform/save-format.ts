// The save file format, v1:
//
//   { format: "cluster-policy-lab/save", version: 1, savedAt, app, scenario, seed,
//     difficulty: { leakage, shocks }, termYears, log: [{ decisions, event?, prediction? }], phase,
//     draft?, prediction? }
//
// `prediction` (the player's forecast of a year: src/flow/prediction.ts) came later and is optional,
// so saves written before it still load; a save is still v1. `workshop` (a workshop team's session
// code, team name and roles: issue 11) is optional in the same way, as is `againstHistory` (true for
// a game played against history: issue 13).
// A save is the game's inputs (scenario, seed, difficulty, term) and the decision log; loading
// replays it (src/flow/replay.ts). Reading is strict and versioned: a save from a newer version is
// refused with a message saying so, and every other problem names the field (describeIssues).
// To add version 2: keep a v1 schema and a migration v1 -> v2 here, and raise SAVE_VERSION.
import { z } from 'zod';
import { allocationTotal, INCENTIVE_TARGETS, LEVERS, SHARE_TOLERANCE } from '../model';
import { describeIssues, ROLE_IDS, scenarioSchema } from '../scenario';
import { escapeControl, parseJsonText, ValidationError, withoutBom } from '../scenario/errors';
import { SAVE_FORMAT, SAVE_PHASES, SAVE_VERSION, type SaveData } from '../flow/replay';
import { MAX_PREDICTION_MAGNITUDE, PREDICTION_DIRECTIONS } from '../flow/prediction';

export { SAVE_FORMAT, SAVE_VERSION, type SaveData };

/** A file that is not a loadable save. `problems` name the field, one each. */
export class SaveFormatError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'SaveFormatError';
  }
}

/** Text longer than this is not a save (a v1 save is ~20 KB; a 30-year log adds ~6 KB). */
export const MAX_SAVE_CHARS = 2_000_000;

const share = z.number().min(0).max(1);
const id = z.string().trim().min(1).max(200);

const allocationSchema = z.strictObject(
  Object.fromEntries(LEVERS.map((lever) => [lever, share])) as Record<(typeof LEVERS)[number], typeof share>,
);

export const decisionsSchema = z
  .strictObject({
    allocation: allocationSchema,
    tariff: share,
    incentiveTarget: z.enum(INCENTIVE_TARGETS),
    laborStandards: z.boolean(),
  })
  .superRefine((d, ctx) => {
    // Only once every share is a share (otherwise the share's own problem says it all).
    if (LEVERS.some((lever) => !(d.allocation[lever] >= 0 && d.allocation[lever] <= 1))) return;
    const total = allocationTotal(d);
    if (total > 1 + SHARE_TOLERANCE) {
      ctx.addIssue({
        code: 'custom',
        path: ['allocation'],
        message: `shares sum to ${total.toFixed(3)}, more than the whole budget (1)`,
      });
    }
  });

const indicatorPredictionSchema = z.strictObject({
  direction: z.enum(PREDICTION_DIRECTIONS),
  magnitude: z.number().min(0).max(MAX_PREDICTION_MAGNITUDE).optional(),
});

export const predictionSchema = z.strictObject({
  output: indicatorPredictionSchema.optional(),
  jobs: indicatorPredictionSchema.optional(),
  poverty: indicatorPredictionSchema.optional(),
});

export const logEntrySchema = z.strictObject({
  decisions: decisionsSchema,
  event: z.strictObject({ eventId: id, choiceId: id }).optional(),
  prediction: predictionSchema.optional(),
});

export const saveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  savedAt: z.iso.datetime({ offset: true }),
  app: z.string().trim().min(1).max(100),
  scenario: scenarioSchema,
  seed: z
    .number()
    .int()
    .min(-(2 ** 31))
    .max(2 ** 32 - 1),
  difficulty: z.strictObject({ leakage: z.number().min(0).max(10), shocks: z.number().min(0).max(10) }),
  termYears: z.number().int().min(1).max(100),
  log: z.array(logEntrySchema).max(100),
  phase: z.enum(SAVE_PHASES),
  draft: decisionsSchema.optional(),
  prediction: predictionSchema.optional(),
  workshop: z
    .strictObject({
      sessionCode: z.string().trim().min(1).max(100),
      teamName: z.string().trim().min(1).max(100),
      roles: z.array(z.enum(ROLE_IDS)).max(ROLE_IDS.length),
    })
    .optional(),
  againstHistory: z.literal(true).optional(),
});

// The schema and the flow's SaveData must describe the same thing.
type Parsed = z.infer<typeof saveSchema>;
const _parsedIsSaveData: (save: Parsed) => SaveData = (save) => save;
const _saveDataIsParsed: (save: SaveData) => Parsed = (save) => save;
void _parsedIsSaveData;
void _saveDataIsParsed;

/** Up to this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 4;

function listed(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `and ${problems.length - MAX_PROBLEMS} more problem${problems.length - MAX_PROBLEMS === 1 ? '' : 's'}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** What a JSON file that is not a save probably is, to say so. */
function foreignFile(data: Record<string, unknown>): string {
  if (Array.isArray(data.years) && typeof data.name === 'string') return 'this is a plan file, not a saved game';
  if ('initial' in data && 'events' in data) return 'this is a scenario file, not a saved game';
  if ('format' in data)
    return `this is not a Cluster Policy Lab save ("format" is ${JSON.stringify(data.format)}, not "${SAVE_FORMAT}")`;
  return `this is not a Cluster Policy Lab save (it has no "format": "${SAVE_FORMAT}")`;
}

/** Validates parsed JSON as a save. Throws SaveFormatError with problems that name the field. */
export function parseSave(data: unknown): SaveData {
  if (!isRecord(data)) throw new SaveFormatError([`expected a saved game (a JSON object), found ${kindOf(data)}`]);
  if (data.format !== SAVE_FORMAT) throw new SaveFormatError([foreignFile(data)]);
  const version = data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SAVE_VERSION) {
    throw new SaveFormatError([
      `this save was made by a newer version (v${version}) of Cluster Policy Lab; this version reads saves up to v${SAVE_VERSION}`,
    ]);
  }
  const result = saveSchema.safeParse(data);
  if (!result.success) throw new SaveFormatError(listed(describeIssues(result.error.issues)));
  return result.data;
}

/** Line and column (from 1) of a character offset, for people. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The few characters around an offset, control characters escaped, on one line. */
function excerptAt(text: string, offset: number): string {
  const start = Math.max(0, offset - 12);
  const end = Math.min(text.length, offset + 12);
  return `${start > 0 ? '…' : ''}${escapeControl(text.slice(start, end))}${end < text.length ? '…' : ''}`;
}

/**
 * Why `text` is not JSON, in words: cut off, or where it breaks with what is there (control
 * characters escaped), never the engine's raw message with the file's own text in it.
 */
export function notJsonProblem(text: string, engineMessage: string): string {
  const position = /at position (\d+)/.exec(engineMessage);
  const offset = position ? Number(position[1]) : null;
  if (/Unexpected end|Unterminated/i.test(engineMessage) || (offset !== null && offset >= text.trimEnd().length)) {
    return 'the file is not valid JSON: it ends too early, as if it was cut off';
  }
  if (offset !== null) {
    const { line, column } = lineAndColumn(text, offset);
    return `the file is not valid JSON: it breaks at line ${line}, column ${column} (near "${excerptAt(text, offset)}")`;
  }
  return `the file is not valid JSON: it does not start like a saved game (it starts "${excerptAt(text.trimStart(), 0)}")`;
}

/** Parses the text of a save file or a stored save (a byte-order mark is allowed). */
export function parseSaveText(text: string): SaveData {
  if (text.length > MAX_SAVE_CHARS) {
    throw new SaveFormatError([
      `the file is too large to be a saved game (${(text.length / 1e6).toFixed(1)} million characters)`,
    ]);
  }
  if (withoutBom(text).trim() === '') throw new SaveFormatError(['the file is empty']);
  let data: unknown;
  try {
    data = parseJsonText(text, 'saved game');
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const engineMessage = /\((.*)\)$/s.exec(error.problems[0] ?? '')?.[1] ?? '';
    throw new SaveFormatError([notJsonProblem(withoutBom(text), engineMessage)]);
  }
  return parseSave(data);
}

/** The text of a save: compact for browser storage, indented for a file people may open. */
export function serializeSave(save: SaveData, pretty = false): string {
  return pretty ? `${JSON.stringify(save, null, 2)}\n` : JSON.stringify(save);
}
