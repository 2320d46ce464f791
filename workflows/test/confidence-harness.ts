import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  confidenceVoteStatusQuery,
  conferenceWorkflowId,
  formatConfidenceVoteId,
  submitTallyUpdate,
  WorkflowTypes,
  type ConfidenceVoteActivities,
  type ConfidenceVoteInput,
  type ConfidenceVoteStatus,
  type JournalActivities,
  type RecordProcedureStepInput,
  type RecordStepInput,
  type WriteConfidenceResultsInput,
} from '@personnel/contracts';
import { attendConference, queryUntil } from './harness';

/** The key cadres summoned (9: quorum 6, 1/2 is 4.5, 2/3 is 6). */
export const KEY_CADRES = ['KC-1', 'KC-2', 'KC-3', 'KC-4', 'KC-5', 'KC-6', 'KC-7', 'KC-8', 'KC-9'];
export const SECRETARY = 'KC-1';
export const COLLECTIVE_HEAD = 'U-BT';
export const PROPOSER = 'U-HR';

/**
 * In-memory stand-ins for the confidence vote's activities with the Postgres ones' contract: each step
 * key kept once, each (conference, cadre) result kept once.
 */
export class ConfidenceRecorder {
  readonly steps: (RecordProcedureStepInput | RecordStepInput)[] = [];
  readonly results: (WriteConfidenceResultsInput['results'][number] & { conferenceId: string })[] = [];
  resultWrites = 0;

  readonly activities: ConfidenceVoteActivities & JournalActivities = {
    recordProcedureStep: (input) => Promise.resolve(this.keepOnce(input)),
    recordStep: (input) => Promise.resolve(this.keepOnce(input)),
    loadHolidays: () => Promise.resolve([]),
    writeConfidenceResults: (input) => {
      this.resultWrites++;
      let inserted = 0;
      for (const r of input.results)
        if (!this.results.some((x) => x.conferenceId === input.conferenceId && x.cadreId === r.cadreId)) {
          this.results.push({ ...r, conferenceId: input.conferenceId });
          inserted++;
        }
      return Promise.resolve({ inserted });
    },
  };

  private keepOnce(input: RecordProcedureStepInput | RecordStepInput) {
    if (this.steps.some((s) => s.workflowId === input.workflowId && s.stepKey === input.stepKey))
      return { inserted: false };
    this.steps.push(input);
    return { inserted: true };
  }

  procedureSteps(workflowId: string): RecordProcedureStepInput[] {
    return this.steps.filter(
      (s): s is RecordProcedureStepInput => s.workflowId === workflowId && 'procedure' in s,
    );
  }

  kinds(workflowId: string): string[] {
    return this.procedureSteps(workflowId).map((s) => s.kind);
  }

  /** What lands on one holder's timeline: the milestones that concern them. */
  timelineOf(workflowId: string, cadreId: string): string[] {
    return this.procedureSteps(workflowId)
      .filter((s) => s.concerns.includes(cadreId))
      .map((s) => s.kind);
  }
}

export function confidenceInput(overrides: Partial<ConfidenceVoteInput> = {}): ConfidenceVoteInput {
  const unit = `U${randomUUID().slice(0, 6)}`;
  return {
    unitCode: unit,
    year: 2025,
    holders: [
      { cadreId: 'CB-A', postId: `${unit}-BT` },
      { cadreId: 'CB-B', postId: `${unit}-CT` },
      { cadreId: 'CB-C', postId: `${unit}-PCT` },
    ],
    keyCadres: { summonedIds: KEY_CADRES, secretaryId: SECRETARY, headId: 'KC-2' },
    collective: { summonedIds: ['U-BT', 'U-PBT', 'U-UV'], secretaryId: 'U-UV', headId: COLLECTIVE_HEAD },
    legalBasis: 'QD377-2025',
    proposedBy: PROPOSER,
    proposedAt: new Date().toISOString(),
    timing: {
      taskWorkingDays: 10,
      reminderWorkingDays: 2,
      conferenceDeadlineMs: 60_000,
      workingDayMs: 3_600_000,
    },
    ...overrides,
  };
}

export function startConfidenceVote(
  env: TestWorkflowEnvironment,
  taskQueue: string,
  input: ConfidenceVoteInput,
  workflowId = formatConfidenceVoteId(input.unitCode, input.year, 1),
): Promise<WorkflowHandle> {
  return env.client.workflow.start(WorkflowTypes.confidenceVote, { taskQueue, workflowId, args: [input] });
}

export function confidenceWhen(
  handle: WorkflowHandle,
  ready: (s: ConfidenceVoteStatus) => boolean,
  timeoutMs = 20_000,
): Promise<ConfidenceVoteStatus> {
  return queryUntil(handle, confidenceVoteStatusQuery, ready, 'the confidence vote', timeoutMs);
}

/** The conference child of the attempt now open, once it exists on the server. */
export async function conferenceOf(
  env: TestWorkflowEnvironment,
  handle: WorkflowHandle,
  attempt = 1,
): Promise<WorkflowHandle> {
  await confidenceWhen(handle, (s) =>
    s.tasks.some(
      (t) =>
        t.kind === 'conference' &&
        t.status === 'open' &&
        t.key === (attempt === 1 ? 'conference-1' : `conference-1-a${attempt}`),
    ),
  );
  return env.client.workflow.getHandle(conferenceWorkflowId(handle.workflowId, 1));
}

/** Records attendance as the secretary, retrying while the child is not yet on the server. */
export async function attend(child: WorkflowHandle, present: string[]): Promise<void> {
  await attendConference(child, SECRETARY, present);
}

/** Holds the key-cadre conference: all 9 present, `lows[i]` low votes for holder i, the rest high. */
export async function holdConfidenceConference(
  env: TestWorkflowEnvironment,
  handle: WorkflowHandle,
  lows: number[],
  attempt = 1,
): Promise<void> {
  const status = await handle.query(confidenceVoteStatusQuery);
  const child = await conferenceOf(env, handle, attempt);
  await attend(child, KEY_CADRES);
  await child.executeUpdate(submitTallyUpdate, {
    args: [
      {
        actorId: SECRETARY,
        ballotsCast: KEY_CADRES.length,
        confidence: status.holders.map((h, i) => ({
          candidateId: h.cadreId,
          high: KEY_CADRES.length - lows[i] - 1,
          confidence: 1,
          low: lows[i],
        })),
        sheetSha256: 'd'.repeat(64),
      },
    ],
  });
}
