import { Injectable } from '@nestjs/common';
import { WorkflowTypes, type RotationInput } from '@personnel/contracts';
import {
  ProcedureWorkflowsGateway,
  type RecordedStartOutcome,
  type StartOutcome,
  type StartProcedure,
} from '../procedures/procedure-workflows.gateway';

/** Starts one rotation workflow under its id, with the search attributes and memo ops read. */
@Injectable()
export class RotationStarter {
  constructor(private readonly workflows: ProcedureWorkflowsGateway) {}

  start(workflowId: string, input: RotationInput): Promise<StartOutcome> {
    return this.workflows.start(startRequest(workflowId, input));
  }

  /** The same start, then the wait for its first step on the workflow (a single rotation's 201). */
  startRecorded(workflowId: string, input: RotationInput): Promise<RecordedStartOutcome> {
    return this.workflows.startRecorded(startRequest(workflowId, input));
  }
}

function startRequest(workflowId: string, input: RotationInput): StartProcedure {
  return {
    workflowType: WorkflowTypes.rotation,
    workflowId,
    input,
    identity: {
      kind: 'rotation',
      candidateIds: [input.cadreId],
      unitCode: input.toUnitCode,
      postId: input.toPostId,
      legalBasis: input.legalBasis,
      stage: 'eligibility_check',
      at: input.proposedAt,
    },
    memo: {
      cadreId: input.cadreId,
      from: `${input.fromPostId} (${input.fromUnitCode})`,
      to: `${input.toPostId} (${input.toUnitCode})`,
      reason: input.reason,
      months: input.months,
      proposedBy: input.proposedBy,
      ...(input.batchId ? { batchId: input.batchId } : {}),
    },
  };
}
