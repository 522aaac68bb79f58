// The planner's Web Worker: runs uncertainty, sensitivity and the optimiser off the main thread,
// reporting progress between chunks of work and stopping when asked. The protocol:
//
//   in:  { type: 'uncertainty' | 'sensitivity' | 'optimise', id, planCase, options }   start a job
//        { type: 'cancel', id }                                                         stop it
//   out: { type: 'progress', id, done, total }    after each chunk (about every CHUNK_MS)
//        { type: 'result', id, job, result }      once, at the end
//        { type: 'error', id, message }           bad input, or a failure inside the job
//        { type: 'cancelled', id }                after a cancel, instead of a result
//
// A scenario travels by id (a built-in one) or as data (structured clone of a parsed scenario,
// checked again here). The handler is a plain function of its host (post, pause, clock), so Node
// tests drive it exactly as the worker does; the numbers are the synchronous engines' own, since
// a job's result does not depend on how it is chunked.
import type { Assumptions, Difficulty, Plan } from '../model';
import { parseScenario, scenarioById, type Scenario } from '../scenario';
import { planCaseProblems, type PlanCase } from '../view/plan-case';
import type { PlanJob } from '../view/plan-job';
import { optimiserJob, type OptimiseOptions, type OptimiseResult } from '../view/plan-optimiser';
import { sensitivityJob, type SensitivityOptions, type SensitivityResult } from '../view/plan-sensitivity';
import { uncertaintyJob, type UncertaintyOptions, type UncertaintyResult } from '../view/plan-uncertainty';

/** A plan case as sent to the worker: the scenario by built-in id or as data. */
export interface PlanCaseData {
  scenario: string | Scenario;
  plan: Plan;
  years: number;
  difficulty: Difficulty;
  assumptions: Assumptions;
}

export interface PlanWorkerJobs {
  uncertainty: { options: UncertaintyOptions; result: UncertaintyResult };
  sensitivity: { options: SensitivityOptions; result: SensitivityResult };
  optimise: { options: OptimiseOptions; result: OptimiseResult };
}
export type PlanWorkerJob = keyof PlanWorkerJobs;
export const PLAN_WORKER_JOBS = ['uncertainty', 'sensitivity', 'optimise'] as const satisfies readonly PlanWorkerJob[];

export type PlanWorkerStart = {
  [K in PlanWorkerJob]: { type: K; id: number; planCase: PlanCaseData; options: PlanWorkerJobs[K]['options'] };
}[PlanWorkerJob];

export type PlanWorkerRequest = PlanWorkerStart | { type: 'cancel'; id: number };

export type PlanWorkerResult = { [K in PlanWorkerJob]: { type: 'result'; id: number; job: K; result: PlanWorkerJobs[K]['result'] } }[PlanWorkerJob];

export type PlanWorkerResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | PlanWorkerResult
  | { type: 'error'; id: number; message: string }
  | { type: 'cancelled'; id: number };

/** Roughly how long one chunk of work runs before the worker reports progress and reads its messages. */
export const CHUNK_MS = 40;

export interface PlanWorkerHost {
  post(message: PlanWorkerResponse): void;
  /** Lets queued messages (a cancel) in between chunks; a worker yields to its event loop. */
  pause(): Promise<void>;
  now(): number;
  chunkMs?: number;
}

/** The scenario a case names: a built-in one by id, or data checked like a scenario file. */
export function resolvePlanCase(data: PlanCaseData): PlanCase {
  const scenario = typeof data.scenario === 'string' ? scenarioById(data.scenario) : parseScenario(data.scenario, 'scenario');
  const c: PlanCase = { scenario, plan: data.plan, years: data.years, difficulty: data.difficulty, assumptions: data.assumptions };
  const problems = planCaseProblems(c);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return c;
}

function jobFor(request: PlanWorkerStart, c: PlanCase): PlanJob<PlanWorkerJobs[PlanWorkerJob]['result']> {
  switch (request.type) {
    case 'uncertainty':
      return uncertaintyJob(c, request.options);
    case 'sensitivity':
      return sensitivityJob(c, request.options);
    case 'optimise':
      return optimiserJob(c, request.options);
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The worker's message handler. Each job runs in chunks sized to about `chunkMs`, pausing between
 * them; a cancel for its id stops it at the next pause. The returned promise settles when the
 * message is dealt with (for a job: when it has finished, failed or been cancelled).
 */
export function createPlanWorkerHandler(host: PlanWorkerHost): (message: unknown) => Promise<void> {
  const cancelled = new Set<number>();
  const running = new Set<number>();
  const chunkMs = host.chunkMs ?? CHUNK_MS;

  const drive = async (request: PlanWorkerStart): Promise<void> => {
    const { id } = request;
    running.add(id);
    try {
      const job = jobFor(request, resolvePlanCase(request.planCase));
      let units = 1;
      for (;;) {
        await host.pause();
        if (cancelled.has(id)) {
          host.post({ type: 'cancelled', id });
          return;
        }
        const started = host.now();
        const finished = job.run(units);
        const took = host.now() - started;
        host.post({ type: 'progress', id, done: job.done, total: job.total });
        if (finished) break;
        // Aim the next chunk at chunkMs from what this one took (at most doubling at a time).
        units = Math.max(1, Math.min(units * 2, Math.round((units * chunkMs) / Math.max(took, 0.01))));
      }
      host.post({ type: 'result', id, job: request.type, result: job.result() } as PlanWorkerResult);
    } catch (error) {
      host.post({ type: 'error', id, message: messageOf(error) });
    } finally {
      running.delete(id);
      cancelled.delete(id);
    }
  };

  return async (message) => {
    const request = message as { type?: unknown; id?: unknown; planCase?: unknown; options?: unknown } | null;
    const id = typeof request?.id === 'number' ? request.id : -1;
    if (request?.type === 'cancel') {
      if (running.has(id)) cancelled.add(id);
      return;
    }
    if (request && (PLAN_WORKER_JOBS as readonly unknown[]).includes(request.type) && id >= 0 && request.planCase && request.options) {
      await drive(request as unknown as PlanWorkerStart);
      return;
    }
    host.post({ type: 'error', id, message: `not a planner request: ${JSON.stringify(request?.type ?? null)}` });
  };
}

// In a worker (not in Node tests, which import the handler): answer the page's messages.
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
const workerScope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
if (workerScope && globalThis instanceof workerScope) {
  const scope = globalThis as unknown as WorkerScope;
  const handle = createPlanWorkerHandler({
    post: (message) => scope.postMessage(message),
    // A macrotask, so messages that arrived meanwhile (a cancel) are delivered first.
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    now: () => performance.now(),
  });
  scope.addEventListener('message', (event) => void handle(event.data));
}
