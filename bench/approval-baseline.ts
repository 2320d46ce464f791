/**
 * Side B of the approval bench: `executeUpdate(decide)` on the nomination bench's bare workflow
 * (bench/bare-workflow.ts). Its workflows are started and past their proposal in setup, before the clock
 * runs; its rounds then take them share by share, at the level's concurrency.
 */
import { performance } from 'node:perf_hooks';
import type { WorkflowHandle } from '@temporalio/client';
import type { Progress } from '@personnel/dev-runtime';
import { decideBareWorkflow, startBareWorkflow, type BareSide } from './bare-workflow';
import type { PhaseSamples, UpdateSample } from './approval-report';
import { closedLoop, overItems } from './shared/closed-loop';

/** Side B, setup: bare workflows started and past their proposal (its activity completed), ready for the Update. */
async function startBareWorkflows(
  bare: BareSide,
  prefix: string,
  n: number,
  decisionBy: 'local' | 'task',
): Promise<WorkflowHandle[]> {
  const handles: WorkflowHandle[] = new Array(n);
  await closedLoop(8, n, async (i) => {
    handles[i] = await startBareWorkflow(bare.client, `CB-${prefix}-${i}`, decisionBy);
  });
  if (handles.some((h) => !h)) throw new Error(`could not start ${n} bare workflows`);
  await overItems(8, handles, async (handle) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const history = await handle.fetchHistory();
      if (history.events?.some((e) => e.activityTaskCompletedEventAttributes)) return;
      if (Date.now() > deadline) throw new Error(`${handle.workflowId} never completed its proposal`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  return handles;
}

/** Side B, one Update: the bare round trip the foundation bench measures as its decision. */
async function bareUpdate(handle: WorkflowHandle): Promise<UpdateSample> {
  const began = performance.now();
  await decideBareWorkflow(handle);
  return { updateMs: performance.now() - began };
}

/** One round of side B: the next `n` bare workflows' Updates; `what` names it in the progress lines. */
export type BareRound = (n: number, what: string) => Promise<PhaseSamples<UpdateSample>>;

/**
 * Side B of one level, set up: `total` bare workflows past their proposal (not measured), and the round
 * that takes the next of them each time it is called.
 */
export async function setUpBareRounds(
  bare: BareSide,
  progress: Progress,
  concurrency: number,
  total: number,
  decisionBy: 'local' | 'task',
): Promise<BareRound> {
  const handles = await progress.step(
    `setup, c=${concurrency}: ${total} bare workflows past their proposal`,
    () => startBareWorkflows(bare, `approval-c${concurrency}`, total, decisionBy),
  );
  let at = 0;
  return async (n, what) => {
    const slice = handles.slice(at, (at += n));
    const phase = await progress.step(`B bare Update, c=${concurrency}: ${what}, ${n} Updates`, () =>
      overItems(concurrency, slice, bareUpdate),
    );
    // Drain: each bare workflow completes right after its Update; its tail must not load A.
    await Promise.all(slice.map((h) => h.result().catch(() => undefined)));
    if (phase.errors > 0) progress.info(`${phase.errors} FAILED: ${phase.errorSamples.join(' | ')}`);
    return phase;
  };
}
