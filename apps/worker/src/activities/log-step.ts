import type { RecordStepInput, RecordStepOutcome } from '@personnel/contracts';
import { log } from '@temporalio/activity';
import type { StepSpans } from '@personnel/persistence';

/**
 * One log line per journal write, saying whether a retry found the step already recorded, and where
 * its time went when measured (`ms`: lock, chain, transaction; bench/README.md reads them).
 */
export function logStepOutcome(
  input: Pick<RecordStepInput, 'workflowId' | 'stepKey' | 'seq'>,
  outcome: RecordStepOutcome,
  spans?: StepSpans,
): RecordStepOutcome {
  log.info(outcome.inserted ? 'step recorded' : 'step already recorded; nothing written', {
    workflowId: input.workflowId,
    stepKey: input.stepKey,
    seq: input.seq,
    ...(spans ? { ms: roundedSpans(spans) } : {}),
  });
  return outcome;
}

function roundedSpans(spans: StepSpans): Record<string, number> {
  const rounded: Record<string, number> = {};
  for (const [name, ms] of Object.entries(spans))
    if (ms !== undefined) rounded[name] = Math.round(ms * 100) / 100;
  return rounded;
}
