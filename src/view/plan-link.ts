// Planner links. A plain one opens the planner on a cluster:
//   #planner                                  the planner (the plan last worked on)
//   #planner&scenario=kamukunji-metalwork     a new plan for that cluster (&seed=5 for a seed)
// A share link carries a whole plan, compressed (lz-string) and versioned:
//   #planner&v=1&n=<length of plan>&plan=<compressed JSON>&scenario=<id>&check=<8 hex digits>
// `v` comes first and `check` last, so a link cut short anywhere after "#planner&v" is known to be
// cut: `check` is missing or short, or `plan` is shorter than `n` says. `check` (FNV-1a of the
// rest) tells a changed link from a whole one. The plan's numbers are written exactly (JSON
// doubles), so the link restores the same plan and the same numbers. Reading never throws: every
// problem is one of a few kinds the planner names in one message. Pure; no DOM.
import * as lzString from 'lz-string';
import { z } from 'zod';
import { assumptionProblems, INCENTIVE_TARGETS, isDefaultAssumptions, LEVERS, type Allocation, type Assumptions } from '../model';
import { findScenario } from '../scenario';
import { checkPlannerPlan, clampSeed, MAX_HORIZON, type Phase, type PlannerPlan } from './planner';

// lz-string is a CommonJS module: bundlers give its functions as named exports, Node as `default`.
const lz = ((lzString as unknown as { default?: typeof lzString }).default ?? lzString) as typeof lzString;

/**
 * The newest link version this build writes and reads. Version 2 adds the assumptions (world
 * demand growth, governance, shock intensity) as `a`; a plan under the default assumptions is
 * still written as version 1, so older builds open it.
 */
export const PLAN_LINK_VERSION = 2;

export type LinkProblem =
  /** Cut short: a part is missing, or the plan is shorter than the link says. */
  | { kind: 'truncated' }
  /** Whole, but changed: the check does not match, or the plan does not decode. */
  | { kind: 'tampered' }
  /** Made by a newer version of the planner. */
  | { kind: 'newer'; version: number }
  /** Names a cluster this version does not have. */
  | { kind: 'unknown-scenario'; scenarioId: string }
  /** Whole and unchanged, but the plan in it breaks the rules (a link made by hand). */
  | { kind: 'invalid'; problems: string[] };

export type PlannerLink =
  /** Not a planner link. */
  | { kind: 'none' }
  /** The planner, on a cluster when one is named (null: the plan last worked on). */
  | { kind: 'open'; scenarioId: string | null; seed: number | null }
  | { kind: 'plan'; plan: PlannerPlan; assumptions?: Assumptions }
  /** A link that could not be read; `scenarioId` when the cluster it names is known (to open it). */
  | { kind: 'problem'; problem: LinkProblem; scenarioId: string | null };

/** Whether a location hash is a planner link ("#planner" alone or followed by "&..."). */
export function isPlannerHash(hash: string): boolean {
  return /^#?planner(&|$)/.test(hash);
}

/** 32-bit FNV-1a of a string's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------
// The compact plan: {h, s, b?, p: [[from, [5 shares], tariff, target, standards 0|1, choices?]]}.

type CompactPhase = [number, number[], number, string, number, Record<string, string>?];
interface CompactPlan {
  h: number;
  s: number;
  b?: number;
  p: CompactPhase[];
  /** Version 2: the assumptions [world demand growth, governance, shock intensity]. */
  a?: [number, number, number];
}

function compact(plan: PlannerPlan, assumptions?: Assumptions): CompactPlan {
  return {
    ...(assumptions && !isDefaultAssumptions(assumptions) ? { a: [assumptions.worldDemandGrowth, assumptions.governance, assumptions.shockIntensity] } : {}),
    h: plan.horizon,
    s: plan.seed,
    ...(plan.budgetUsdM !== undefined ? { b: plan.budgetUsdM } : {}),
    p: plan.phases.map((phase): CompactPhase => {
      const row: CompactPhase = [
        phase.from,
        LEVERS.map((lever) => phase.allocation[lever]),
        phase.tariff,
        phase.incentiveTarget,
        phase.laborStandards ? 1 : 0,
      ];
      if (Object.keys(phase.eventChoices).length > 0) row.push({ ...phase.eventChoices });
      return row;
    }),
  };
}

const compactSchema = z.strictObject({
  h: z.number(),
  s: z.number(),
  b: z.number().optional(),
  p: z
    .array(
      z.union([
        z.tuple([z.number(), z.array(z.number()).length(LEVERS.length), z.number(), z.enum(INCENTIVE_TARGETS), z.union([z.literal(0), z.literal(1)])]),
        z.tuple([
          z.number(),
          z.array(z.number()).length(LEVERS.length),
          z.number(),
          z.enum(INCENTIVE_TARGETS),
          z.union([z.literal(0), z.literal(1)]),
          z.record(z.string(), z.string()),
        ]),
      ]),
    )
    .max(MAX_HORIZON),
  a: z.tuple([z.number(), z.number(), z.number()]).optional(),
});

function expand(data: z.infer<typeof compactSchema>, scenarioId: string): unknown {
  return {
    scenarioId,
    horizon: data.h,
    seed: data.s,
    ...(data.b !== undefined ? { budgetUsdM: data.b } : {}),
    phases: data.p.map(
      (row): Phase => ({
        from: row[0],
        allocation: Object.fromEntries(LEVERS.map((lever, i) => [lever, row[1][i]])) as Allocation,
        tariff: row[2],
        incentiveTarget: row[3],
        laborStandards: row[4] === 1,
        eventChoices: { ...(row[5] ?? {}) },
      }),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing and reading.

/** The share link's hash for a plan ("#planner&v=1&..."; v=2 when the assumptions are not the defaults). */
export function planLinkHash(plan: PlannerPlan, assumptions?: Assumptions): string {
  const data = compact(plan, assumptions);
  const payload = lz.compressToEncodedURIComponent(JSON.stringify(data));
  const body = `v=${data.a ? 2 : 1}&n=${payload.length}&plan=${payload}&scenario=${encodeURIComponent(plan.scenarioId)}`;
  return `#planner&${body}&check=${fnv1a(body)}`;
}

/** The whole link: the page's address without its hash, and the plan's hash. */
export function planLinkUrl(pageUrl: string, plan: PlannerPlan, assumptions?: Assumptions): string {
  const hashAt = pageUrl.indexOf('#');
  return `${hashAt >= 0 ? pageUrl.slice(0, hashAt) : pageUrl}${planLinkHash(plan, assumptions)}`;
}

/** The link's parameters in order. Not URLSearchParams: it would read the payload's "+" as a space. */
function params(body: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq) : part;
    if (!map.has(key)) map.set(key, eq >= 0 ? part.slice(eq + 1) : '');
  }
  return map;
}

function decodeComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const problem = (p: LinkProblem, scenarioId: string | null = null): PlannerLink => ({ kind: 'problem', problem: p, scenarioId });

/** Reads a location hash. Never throws. */
export function readPlannerHash(hash: string): PlannerLink {
  const text = hash.replace(/^#/, '');
  if (!isPlannerHash(text)) return { kind: 'none' };
  const body = text.slice('planner'.length).replace(/^&/, '');
  const map = params(body);
  const rawScenario = map.get('scenario');
  const scenarioId = rawScenario === undefined ? null : decodeComponent(rawScenario);
  // A built-in scenario, or one made in the editor that this browser has.
  const knownScenario = scenarioId !== null && findScenario(scenarioId) ? scenarioId : null;

  if ([...map.keys()].every((key) => key === 'scenario' || key === 'seed')) {
    // A plain link: the planner, on a cluster when it names one. Any other part makes it a share
    // link, checked as one (so a share link whose "v" was damaged is not taken for a plain one).
    if (rawScenario !== undefined && knownScenario === null)
      return problem({ kind: 'unknown-scenario', scenarioId: scenarioId ?? rawScenario });
    const seedText = map.get('seed');
    const seed = seedText !== undefined && /^-?\d{1,10}$/.test(seedText) ? clampSeed(Number(seedText)) : null;
    return { kind: 'open', scenarioId: knownScenario, seed };
  }

  const versionText = map.get('v') ?? '';
  const version = /^\d{1,6}$/.test(versionText) ? Number(versionText) : NaN;
  if (Number.isInteger(version) && version > PLAN_LINK_VERSION) return problem({ kind: 'newer', version }, knownScenario);
  // Cut short: check is the last part, so a link cut anywhere loses it (or some of its digits).
  const check = map.get('check');
  const length = map.get('n');
  const payload = map.get('plan');
  if (check === undefined || check.length < 8 || payload === undefined || length === undefined || rawScenario === undefined)
    return problem({ kind: 'truncated' }, knownScenario);
  if (/^\d{1,6}$/.test(length) && payload.length < Number(length)) return problem({ kind: 'truncated' }, knownScenario);
  if (version !== 1 && version !== 2) return problem({ kind: 'tampered' }, knownScenario);
  // The check covers everything between "#planner&" and "&check=".
  const checkAt = body.lastIndexOf('&check=');
  if (checkAt < 0 || fnv1a(body.slice(0, checkAt)) !== check || body.slice(checkAt + 7) !== check)
    return problem({ kind: 'tampered' }, knownScenario);
  if (knownScenario === null) return problem({ kind: 'unknown-scenario', scenarioId: scenarioId ?? rawScenario });
  if (payload.length !== Number(length)) return problem({ kind: 'tampered' }, knownScenario);

  let data: unknown;
  try {
    const json = lz.decompressFromEncodedURIComponent(payload);
    data = json ? (JSON.parse(json) as unknown) : null;
  } catch {
    data = null;
  }
  const parsed = compactSchema.safeParse(data);
  // Assumptions only in version 2 (and there only when they are not the defaults).
  if (!parsed.success || (parsed.data.a !== undefined) !== (version === 2)) return problem({ kind: 'tampered' }, knownScenario);
  const checked = checkPlannerPlan(expand(parsed.data, knownScenario));
  if (!checked.ok) return problem({ kind: 'invalid', problems: checked.problems }, knownScenario);
  if (!parsed.data.a) return { kind: 'plan', plan: checked.plan };
  const [worldDemandGrowth, governance, shockIntensity] = parsed.data.a;
  const assumptions: Assumptions = { worldDemandGrowth, governance, shockIntensity };
  const wrong = assumptionProblems(assumptions);
  if (wrong.length > 0) return problem({ kind: 'invalid', problems: wrong }, knownScenario);
  return { kind: 'plan', plan: checked.plan, assumptions };
}
