import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  conferenceWorkflowId,
  ROTATION_CONFLICT,
  rotationStatusQuery,
  submitTallyUpdate,
  WorkflowTypes,
  type JournalActivities,
  type RecordProcedureStepInput,
  type RecordStepInput,
  type RotationActivities,
  type RotationFacts,
  type RotationInput,
  type RotationStatus,
  type WriteRotationAssignmentInput,
} from '@personnel/contracts';
import { eligibleCadre, MEMBERS, POST_FACTS } from './appointment-harness';
import { InMemoryDossiers } from './dossier-fixtures';
import { attendConference, queryUntil } from './harness';

/**
 * In-memory stand-ins for the rotation's activities, with the Postgres ones' contract: each step key
 * kept once, each decision's assignment written once (by its number), and a registry refusal on demand.
 */
export class RotationRecorder {
  readonly steps: (RecordProcedureStepInput | RecordStepInput)[] = [];
  readonly assignments: WriteRotationAssignmentInput[] = [];
  facts: RotationFacts = {
    cadre: eligibleCadre('CB-R'),
    origin: { postCode: 'TB-PCT-UBND', unitCode: 'TB', level: 'commune', heldByCadre: true },
    destination: { post: POST_FACTS, active: true, singleHolder: true, holders: [] },
  };
  /** The next assignment write is refused by the registry with this message. */
  refuseNextWrite: string | null = null;
  /** Dossier documents by cadre code; a cadre not listed has a complete dossier. */
  readonly dossiers = new InMemoryDossiers();

  readonly activities: RotationActivities & JournalActivities = {
    loadDossier: ({ cadreIds }) => this.dossiers.load(cadreIds),
    recordProcedureStep: (input) => Promise.resolve(this.keepOnce(input)),
    recordStep: (input) => Promise.resolve(this.keepOnce(input)),
    loadHolidays: () => Promise.resolve([]),
    loadRotationFacts: ({ cadreId }) =>
      Promise.resolve({
        ...this.facts,
        cadre: this.facts.cadre && { ...this.facts.cadre, cadreCode: cadreId },
      }),
    writeRotationAssignment: (input) => {
      if (this.refuseNextWrite) {
        const message = this.refuseNextWrite;
        this.refuseNextWrite = null;
        return Promise.reject(ApplicationFailure.nonRetryable(message, ROTATION_CONFLICT));
      }
      const existing = this.assignments.findIndex((a) => a.decisionRef === input.decisionRef);
      if (existing >= 0)
        return Promise.resolve({ assignmentId: `A${existing}`, created: false, replaced: [] });
      this.assignments.push(input);
      return Promise.resolve({
        assignmentId: `A${this.assignments.length - 1}`,
        created: true,
        replaced: [],
      });
    },
  };

  private keepOnce(input: RecordProcedureStepInput | RecordStepInput) {
    if (this.steps.some((s) => s.workflowId === input.workflowId && s.stepKey === input.stepKey))
      return { inserted: false };
    this.steps.push(input);
    return { inserted: true };
  }

  kinds(workflowId: string): string[] {
    return this.steps.filter((s) => s.workflowId === workflowId).map((s) => s.kind);
  }

  procedureRows(workflowId: string): RecordProcedureStepInput[] {
    return this.steps.filter(
      (s): s is RecordProcedureStepInput => s.workflowId === workflowId && 'procedure' in s,
    );
  }
}

const body = { summonedIds: MEMBERS, secretaryId: 'TV-1', headId: 'TV-2' };

export function rotationInput(overrides: Partial<RotationInput> = {}): RotationInput {
  return {
    cadreId: `CB-${randomUUID().slice(0, 8)}`,
    fromPostId: 'TB-PCT-UBND',
    fromUnitCode: 'TB',
    toUnitCode: 'QA',
    toPostId: 'QA-CT-UBND',
    reason: 'non_local_rule',
    months: 36,
    legalBasis: 'QD65-2022',
    proposedBy: 'U-HR',
    proposedAt: new Date().toISOString(),
    collective: body,
    signOffMode: 'sequential',
    signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-TCNV'] }],
    signerId: 'U-BT',
    receivingIds: ['U-QA'],
    timing: {
      taskWorkingDays: 10,
      reminderWorkingDays: 2,
      conferenceDeadlineMs: 60_000,
      workingDayMs: 3_600_000,
    },
    ...overrides,
  };
}

export function startRotation(env: TestWorkflowEnvironment, taskQueue: string, input: RotationInput) {
  return env.client.workflow.start(WorkflowTypes.rotation, {
    taskQueue,
    workflowId: `rotation/${input.cadreId}/1`,
    args: [input],
  });
}

/** Polls the status query until `ready` holds. */
export function rotationWhen(
  handle: WorkflowHandle,
  ready: (s: RotationStatus) => boolean,
  timeoutMs = 20_000,
): Promise<RotationStatus> {
  return queryUntil(handle, rotationStatusQuery, ready, 'the rotation', timeoutMs);
}

/** The collective's conference, held as its secretary would: everybody present, `yes` votes for the cadre. */
export async function holdConsultation(
  env: TestWorkflowEnvironment,
  handle: WorkflowHandle,
  yes: number,
): Promise<void> {
  const status = await rotationWhen(handle, (s) => s.tasks.some((t) => t.kind === 'conference'));
  const child = env.client.workflow.getHandle(conferenceWorkflowId(handle.workflowId, 1));
  await attendConference(child, 'TV-1', MEMBERS);
  await child.executeUpdate(submitTallyUpdate, {
    args: [
      {
        actorId: 'TV-1',
        ballotsCast: MEMBERS.length,
        votes: [{ candidateId: status.cadreId, votes: yes }],
        sheetSha256: 'b'.repeat(64),
      },
    ],
  });
}
