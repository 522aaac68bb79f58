// The planner's worker, driven in Node through its message handler (the same function the worker
// runs) and through the client with the handler behind a fake port: the same numbers as the
// synchronous engines for the same seeds, progress that ends at the total, cancellation that
// stops the work, and one clear message for bad input.
import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/scenario';
import { createPlanWorkerHandler, type PlanWorkerRequest, type PlanWorkerResponse } from '../../src/platform/plan-worker';
import { PlanTaskCancelled, createPlanWorkerClient, planCaseData, type PlanProgress, type PlanWorkerPort } from '../../src/platform/plan-worker-client';
import { runOptimiser } from '../../src/view/plan-optimiser';
import { runSensitivity } from '../../src/view/plan-sensitivity';
import { runUncertainty } from '../../src/view/plan-uncertainty';
import { BALANCED, PHASED, planCase } from '../view/plan-cases';

/** A handler whose messages are collected (through structured clone, as postMessage sends them). */
function harness(chunkMs = 1) {
  const messages: PlanWorkerResponse[] = [];
  const handle = createPlanWorkerHandler({ post: (m) => messages.push(structuredClone(m)), pause: () => tick(), now: () => performance.now(), chunkMs });
  return { messages, send: (request: PlanWorkerRequest | unknown) => handle(structuredClone(request)) };
}

const CASE = planCase('kamukunji-metalwork', PHASED, 8, { worldDemandGrowth: 0.01, governance: 1.2 });

describe('the planner worker’s handler', () => {
  it('gives the synchronous runner’s numbers for the same seeds, for every job, with progress up to the total', async () => {
    const jobs = [
      { type: 'uncertainty' as const, options: { seed: 5, runs: 30 }, expected: runUncertainty(CASE, { seed: 5, runs: 30 }) },
      { type: 'sensitivity' as const, options: { seed: 5, seeds: 3 }, expected: runSensitivity(CASE, { seed: 5, seeds: 3 }) },
      { type: 'optimise' as const, options: { seed: 5, objective: { outcome: 'poverty' as const }, seeds: 2, evaluations: 40, populationSize: 8 }, expected: runOptimiser(CASE, { seed: 5, objective: { outcome: 'poverty' }, seeds: 2, evaluations: 40, populationSize: 8 }) },
    ];
    for (const [i, job] of jobs.entries()) {
      const { messages, send } = harness();
      await send({ type: job.type, id: i + 1, planCase: planCaseData(CASE), options: job.options });
      const result = messages.at(-1);
      expect(result).toMatchObject({ type: 'result', id: i + 1, job: job.type });
      expect(result?.type === 'result' && result.result).toEqual(job.expected);
      const progress = messages.filter((m) => m.type === 'progress');
      expect(progress.length).toBeGreaterThan(1);
      const done = progress.map((m) => (m.type === 'progress' ? m.done : -1));
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(progress.at(-1)).toMatchObject({ done: (progress.at(-1) as { total: number }).total });
    }
  });

  it('takes a scenario as data (a structured clone) and gives the same numbers as by id', async () => {
    const { messages, send } = harness(50);
    const data = { ...planCaseData(CASE), scenario: structuredClone(scenarioById('kamukunji-metalwork')) };
    expect(planCaseData(CASE).scenario).toBe('kamukunji-metalwork');
    await send({ type: 'uncertainty', id: 1, planCase: data, options: { seed: 2, runs: 6 } });
    expect(messages.at(-1)).toEqual({ type: 'result', id: 1, job: 'uncertainty', result: runUncertainty(CASE, { seed: 2, runs: 6 }) });
  });

  it('stops a cancelled job at its next pause: no result, most of the work not done', async () => {
    const { messages, send } = harness(1);
    const big = planCase('tnc-cluster', BALANCED, 30);
    const running = send({ type: 'uncertainty', id: 7, planCase: planCaseData(big), options: { seed: 1, runs: 2000 } });
    while (!messages.some((m) => m.type === 'progress')) await tick();
    await send({ type: 'cancel', id: 7 });
    await running;
    expect(messages.at(-1)).toEqual({ type: 'cancelled', id: 7 });
    expect(messages.some((m) => m.type === 'result')).toBe(false);
    const last = messages.filter((m) => m.type === 'progress').at(-1) as { done: number; total: number };
    expect(last.total).toBe(2000);
    expect(last.done).toBeLessThan(2000 / 4);
  });

  it('answers bad input with one message naming the problem', async () => {
    const cases: [unknown, RegExp][] = [
      [{ type: 'uncertainty', id: 1, planCase: { ...planCaseData(CASE), scenario: 'atlantis' }, options: { seed: 1 } }, /unknown scenario "atlantis"/],
      [{ type: 'uncertainty', id: 2, planCase: { ...planCaseData(CASE), years: 3 }, options: { seed: 1 } }, /years must be a whole number from 5 to 30/],
      [{ type: 'sensitivity', id: 3, planCase: { ...planCaseData(CASE), scenario: { id: 'x' } }, options: { seed: 1 } }, /^scenario: /],
      [{ type: 'uncertainty', id: 4, planCase: planCaseData(CASE), options: { seed: 1, runs: 5000 } }, /runs must be a whole number from 1 to 2000/],
      [{ type: 'optimise', id: 5, planCase: planCaseData(CASE), options: { seed: 1, objective: { outcome: 'poverty' }, phaseStarts: [3] } }, /begin with year 1/],
      [{ type: 'launch', id: 6 }, /not a planner request: "launch"/],
    ];
    for (const [request, pattern] of cases) {
      const { messages, send } = harness();
      await send(request);
      expect(messages).toHaveLength(1);
      const [m] = messages;
      expect(m?.type).toBe('error');
      expect(m?.type === 'error' && m.message).toMatch(pattern);
    }
  });
});

/** A fake Worker: the handler behind a port, messages going through structured clone both ways. */
function fakePort(): PlanWorkerPort & { terminated: boolean; fail(message: string): void } {
  const listeners: { message: ((e: { data: PlanWorkerResponse }) => void)[]; error: ((e: { message?: string }) => void)[] } = { message: [], error: [] };
  const handle = createPlanWorkerHandler({
    post: (m) => {
      const data = structuredClone(m);
      void tick().then(() => listeners.message.forEach((l) => l({ data })));
    },
    pause: () => tick(),
    now: () => performance.now(),
    chunkMs: 1,
  });
  const ids = new Set<number>();
  const port = {
    terminated: false,
    postMessage: (request: PlanWorkerRequest) => {
      ids.add(request.id);
      void tick().then(() => handle(structuredClone(request)));
    },
    addEventListener: (type: 'message' | 'error', listener: never) => listeners[type].push(listener),
    // A real worker's work ends with it.
    terminate: () => {
      port.terminated = true;
      for (const id of ids) void handle({ type: 'cancel', id });
    },
    fail: (message: string) => listeners.error.forEach((l) => l({ message })),
  };
  return port as PlanWorkerPort & { terminated: boolean; fail(message: string): void };
}

describe('the planner worker’s client', () => {
  it('resolves to the synchronous runner’s result and reports progress as fractions', async () => {
    const port = fakePort();
    let made = 0;
    const client = createPlanWorkerClient(() => {
      made++;
      return port;
    });
    const progress: PlanProgress[] = [];
    const task = client.uncertainty(CASE, { seed: 9, runs: 25 }, (p) => progress.push(p));
    expect(await task.promise).toEqual(runUncertainty(CASE, { seed: 9, runs: 25 }));
    expect(progress.at(-1)).toEqual({ done: 25, total: 25, fraction: 1 });
    expect(progress.every((p) => p.fraction >= 0 && p.fraction <= 1)).toBe(true);
    // One worker serves later jobs too.
    await client.sensitivity(CASE, { seed: 1, seeds: 1 }).promise;
    expect(made).toBe(1);
  });

  it('prewarm() starts the worker with a small job of its own, which no caller waits for', async () => {
    const port = fakePort();
    const sent: PlanWorkerRequest[] = [];
    const post = port.postMessage;
    port.postMessage = (request) => {
      sent.push(request);
      post(request);
    };
    const client = createPlanWorkerClient(() => port);
    client.prewarm(CASE);
    expect(sent).toEqual([expect.objectContaining({ type: 'uncertainty', planCase: planCaseData(CASE), options: { seed: 1, runs: 24 } })]);
    // A bad case is dropped quietly: prewarming must never surface an error.
    client.prewarm({ ...CASE, years: 99 });
    expect(await client.uncertainty(CASE, { seed: 1, runs: 3 }).promise).toEqual(runUncertainty(CASE, { seed: 1, runs: 3 }));
  });

  it('cancel() rejects the task as cancelled (AbortError)', async () => {
    const client = createPlanWorkerClient(fakePort);
    let seen = 0;
    const task = client.uncertainty(planCase('tnc-cluster', BALANCED, 30), { seed: 1, runs: 2000 }, () => {
      if (++seen === 1) task.cancel();
    });
    const error = await task.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanTaskCancelled);
    expect((error as Error).name).toBe('AbortError');
    expect(seen).toBeLessThan(50);
  });

  it('rejects with the worker’s message on bad input, and every waiting task when the worker fails', async () => {
    const port = fakePort();
    const client = createPlanWorkerClient(() => port);
    await expect(client.uncertainty({ ...CASE, years: 40 }, { seed: 1 }).promise).rejects.toThrow(/years must be a whole number/);
    const waiting = client.uncertainty(planCase('tnc-cluster', BALANCED, 30), { seed: 1, runs: 2000 });
    port.fail('worker script failed to load');
    await expect(waiting.promise).rejects.toThrow('worker script failed to load');
    expect(port.terminated).toBe(true);
    const other = client.uncertainty(CASE, { seed: 1, runs: 2 });
    client.terminate();
    await expect(other.promise).rejects.toBeInstanceOf(PlanTaskCancelled);
  });
});
