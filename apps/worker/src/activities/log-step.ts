import type { RecordStepInput, RecordStepOutcome } from '@personnel/contracts';
import { log } from '@temporalio/activity';

/** One log line per journal write, saying whether a retry found the step already recorded. */
export function logStepOutcome(
  input: Pick<RecordStepInput, 'workflowId' | 'stepKey' | 'seq'>,
  outcome: RecordStepOutcome,
): RecordStepOutcome {
  log.info(outcome.inserted ? 'step recorded' : 'step already recorded; nothing written', {
    workflowId: input.workflowId,
    stepKey: input.stepKey,
    seq: input.seq,
  });
  return outcome;
}
