// The page's side of the planner's worker (plan-worker.ts): starts a job, hands back a promise of
// its result with progress callbacks and a cancel(). One worker, created on first use and shared by
// every job; a built-in scenario is sent by id, any other as data.
import { isScenarioId, scenarioById, type Scenario } from '../scenario';
import type { PlanCase } from '../view/plan-case';
import type { PlanCaseData, PlanWorkerJob, PlanWorkerJobs, PlanWorkerRequest, PlanWorkerResponse } from './plan-worker';

/** What a job has done so far. */
export interface PlanProgress {
  done: number;
  total: number;
  /** done / total, 0..1. */
  fraction: number;
}

export interface PlanTask<R> {
  /** The result; rejects with PlanTaskCancelled after cancel(), or with an Error saying what went wrong. */
  promise: Promise<R>;
  /** Asks the worker to stop at its next pause (within about one chunk, ~40 ms). */
  cancel(): void;
}

/** The rejection of a cancelled task (name "AbortError", as fetch's). */
export class PlanTaskCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

/** The little of a Worker the client uses (so tests can put the handler behind it). */
export interface PlanWorkerPort {
  postMessage(message: PlanWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: PlanWorkerResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

export interface PlanWorkerClient {
  uncertainty(c: PlanCase, options: PlanWorkerJobs['uncertainty']['options'], onProgress?: (p: PlanProgress) => void): PlanTask<PlanWorkerJobs['uncertainty']['result']>;
  sensitivity(c: PlanCase, options: PlanWorkerJobs['sensitivity']['options'], onProgress?: (p: PlanProgress) => void): PlanTask<PlanWorkerJobs['sensitivity']['result']>;
  optimise(c: PlanCase, options: PlanWorkerJobs['optimise']['options'], onProgress?: (p: PlanProgress) => void): PlanTask<PlanWorkerJobs['optimise']['result']>;
  /**
   * Starts the worker and runs a small job on `c` in it, so the worker's first real job does not
   * also pay for loading the worker and warming its JIT (call it when the planner opens).
   */
  prewarm(c: PlanCase): void;
  /** Stops the worker; jobs still running reject as cancelled. A later job starts a new worker. */
  terminate(): void;
}

/** Seeds of the warm-up job: enough runs for the engines' code to be compiled optimised. */
const PREWARM_RUNS = 24;

/** The planner's worker, bundled by vite as a module worker. */
export function createPlanWorker(): PlanWorkerPort {
  return new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module' }) as unknown as PlanWorkerPort;
}

/** A case as the worker takes it: a built-in scenario (the catalog's own object) by id, any other as data. */
export function planCaseData(c: PlanCase): PlanCaseData {
  const { scenario } = c;
  const byId = isScenarioId(scenario.id) && scenarioById(scenario.id) === scenario;
  return { scenario: byId ? scenario.id : (scenario as Scenario), plan: c.plan, years: c.years, difficulty: c.difficulty, assumptions: c.assumptions };
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
  onProgress?: (p: PlanProgress) => void;
}

export function createPlanWorkerClient(makeWorker: () => PlanWorkerPort = createPlanWorker): PlanWorkerClient {
  let worker: PlanWorkerPort | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error): void => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(error);
  };

  const connect = (): PlanWorkerPort => {
    if (worker) return worker;
    const w = makeWorker();
    w.addEventListener('message', (event) => {
      const message = event.data;
      const p = pending.get(message.id);
      if (!p) return;
      switch (message.type) {
        case 'progress':
          p.onProgress?.({ done: message.done, total: message.total, fraction: message.total > 0 ? message.done / message.total : 1 });
          return;
        case 'result':
          pending.delete(message.id);
          p.resolve(message.result);
          return;
        case 'error':
          pending.delete(message.id);
          p.reject(new Error(message.message));
          return;
        case 'cancelled':
          pending.delete(message.id);
          p.reject(new PlanTaskCancelled());
          return;
      }
    });
    // The worker could not load or threw outside a job: every waiting job fails with the reason.
    w.addEventListener('error', (event) => {
      worker?.terminate();
      worker = null;
      failAll(new Error(event.message || 'the planner worker stopped'));
    });
    worker = w;
    return w;
  };

  function start<K extends PlanWorkerJob>(type: K, c: PlanCase, options: PlanWorkerJobs[K]['options'], onProgress?: (p: PlanProgress) => void): PlanTask<PlanWorkerJobs[K]['result']> {
    const id = nextId++;
    const promise = new Promise<PlanWorkerJobs[K]['result']>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (r: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
    });
    connect().postMessage({ type, id, planCase: planCaseData(c), options } as PlanWorkerRequest);
    return {
      promise,
      cancel() {
        if (pending.has(id)) worker?.postMessage({ type: 'cancel', id });
      },
    };
  }

  return {
    uncertainty: (c, options, onProgress) => start('uncertainty', c, options, onProgress),
    sensitivity: (c, options, onProgress) => start('sensitivity', c, options, onProgress),
    optimise: (c, options, onProgress) => start('optimise', c, options, onProgress),
    prewarm(c) {
      start('uncertainty', c, { seed: 1, runs: PREWARM_RUNS }).promise.catch(() => undefined);
    },
    terminate() {
      worker?.terminate();
      worker = null;
      failAll(new PlanTaskCancelled());
    },
  };
}
