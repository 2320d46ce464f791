/**
 * Baseline of the procedure-cost bench: bare Temporal doing the same amount of work as a stage of an
 * appointment, `activities` no-op activities and `updates` validated Updates, nothing else (no search
 * attributes, no children, no database). Each Update runs one of the activities while there are some
 * left for the Updates; the rest run before the first Update. Returns once every Update has finished.
 * Imports only the SDK.
 */
import {
  allHandlersFinished,
  condition,
  defineUpdate,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';

export interface BareCostInput {
  activities: number;
  updates: number;
}

export interface BareCostActivities {
  noop(step: string): Promise<void>;
}

export const bareCostUpdate = defineUpdate<number, [number]>('step');

const { noop } = proxyActivities<BareCostActivities>({ startToCloseTimeout: '30 seconds' });

export async function bareCostWorkflow(input: BareCostInput): Promise<number> {
  const inUpdates = Math.min(input.activities, input.updates);
  let received = 0;
  let leadingDone = false;
  setHandler(
    bareCostUpdate,
    async (n) => {
      const index = received++;
      await condition(() => leadingDone);
      if (index < inUpdates) await noop(`update ${n}`);
      return index;
    },
    {
      validator: (n) => {
        if (!Number.isInteger(n)) throw new Error('an Update carries its number');
      },
    },
  );
  for (let i = 0; i < input.activities - inUpdates; i++) await noop(`activity ${i}`);
  leadingDone = true;
  await condition(() => received >= input.updates && allHandlersFinished());
  return received;
}
