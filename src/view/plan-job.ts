// A long computation cut into small units (model runs, plan evaluations), so a worker can report
// progress between units and stop when asked. A job's result does not depend on how its units are
// grouped into chunks: run(1) a thousand times gives what run(1000) gives. Pure; no DOM, no timers.

export interface PlanJob<R> {
  /** Units of work in all (runs, evaluations). */
  readonly total: number;
  /** Units done so far. */
  readonly done: number;
  /** Does up to `units` more units; true once the job is finished. */
  run(units: number): boolean;
  /** The result; only once finished. */
  result(): R;
}

/** Runs a job to the end at once (tests, the CLI's benchmark, small cases on the main thread). */
export function runToEnd<R>(job: PlanJob<R>): R {
  while (!job.run(Number.MAX_SAFE_INTEGER));
  return job.result();
}

/** The progress of a job, 0..1. */
export function progressOf(job: PlanJob<unknown>): number {
  return job.total > 0 ? Math.min(1, job.done / job.total) : 1;
}

/**
 * A job of `total` units done one at a time by `runUnit(index)`, whose result `finish()` builds once
 * at the end; `what` names the job in the error for a result asked for too early.
 */
export function unitJob<R>(total: number, runUnit: (unit: number) => void, finish: () => R, what: string): PlanJob<R> {
  let done = 0;
  let result: R | undefined;
  let finished = false;
  return {
    total,
    get done() {
      return done;
    },
    run(units) {
      const end = Math.min(total, done + Math.max(0, Math.floor(units)));
      while (done < end) runUnit(done++);
      return done >= total;
    },
    result() {
      if (done < total) throw new Error(`${what} not finished`);
      if (!finished) {
        result = finish();
        finished = true;
      }
      return result as R;
    },
  };
}
