import { makeContinueAsNewFunc, workflowInfo, type Workflow } from '@temporalio/workflow';

/**
 * Continues as new with the given arguments, so years of waiting start from a short history. The memo
 * (what the API shows from it) is passed on explicitly: a new run does not inherit it.
 */
export function continueAsNewKeepingMemo<F extends Workflow>(...args: Parameters<F>): Promise<never> {
  const next = makeContinueAsNewFunc<F>({ memo: workflowInfo().memo });
  return next(...args);
}
