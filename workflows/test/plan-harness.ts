import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  conferenceWorkflowId,
  formatPlanId,
  planStatusQuery,
  submitTallyUpdate,
  WorkflowTypes,
  type CadreFacts,
  type JournalActivities,
  type PlanActivities,
  type PlanBaselineEntry,
  type PlanInput,
  type PlanStatus,
  type PostFacts,
  type PublishPlanInput,
  type RecordProcedureStepInput,
  type RecordStepInput,
} from '@personnel/contracts';
import { eligibleCadre, MEMBERS, POST_FACTS } from './appointment-harness';
import { attendConference, queryUntil } from './harness';

/** A post of the plan: the commune chair, and its deputy secretary, both ranked. */
export const CHAIR: PostFacts = { ...POST_FACTS, rankGroup: 'chair' };
export const DEPUTY: PostFacts = {
  ...POST_FACTS,
  postCode: 'QA-PBT',
  isHead: false,
  rankGroup: 'deputy_secretary',
};

/** An eligible cadre who holds a vice chair's post of the commune (lower than both planned posts). */
export const viceChair = (code: string): CadreFacts => ({
  ...eligibleCadre(code),
  planning: [],
  assignments: [
    {
      kind: 'appointment',
      unitCode: 'QA',
      unitLocalityCode: 'QUANG_AN',
      postCode: 'QA-PCT-UBND',
      isHead: false,
      level: 'commune',
      rankGroup: 'vice_chair',
      from: '2021-01-01',
    },
  ],
});

/**
 * In-memory stand-ins for the plan's activities with the Postgres ones' contract: each step key kept
 * once, each publication's entries written once.
 */
export class PlanRecorder {
  readonly steps: (RecordProcedureStepInput | RecordStepInput)[] = [];
  readonly publications: PublishPlanInput[] = [];
  /** Entries published in the registry: `post/cadre` → true. */
  readonly registry = new Set<string>();
  baseline: PlanBaselineEntry[] = [];
  cadres = new Map<string, CadreFacts>();
  posts = new Map<string, PostFacts>([
    [CHAIR.postCode, CHAIR],
    [DEPUTY.postCode, DEPUTY],
  ]);
  /** Cadres being proposed for appointment to QA-CT-UBND. */
  inAppointment = new Set<string>();

  readonly activities: PlanActivities & JournalActivities = {
    recordProcedureStep: (input) => Promise.resolve(this.keepOnce(input)),
    recordStep: (input) => Promise.resolve(this.keepOnce(input)),
    loadHolidays: () => Promise.resolve([]),
    loadPlanBaseline: () => Promise.resolve(this.baseline),
    loadPlanCandidateFacts: ({ cadreId, postCode }) =>
      Promise.resolve({
        cadre: this.cadres.get(cadreId) ?? viceChair(cadreId),
        ...(this.posts.has(postCode) ? { post: this.posts.get(postCode) } : {}),
        postInScope: this.posts.has(postCode),
        appointmentId: this.inAppointment.has(cadreId) ? `appointment/${postCode}/1` : null,
      }),
    loadPlanPoolFacts: ({ cadreIds, postCodes }) =>
      Promise.resolve({
        cadres: Object.fromEntries(cadreIds.map((id) => [id, this.cadres.get(id) ?? viceChair(id)])),
        posts: Object.fromEntries([...this.posts].filter(([code]) => postCodes.includes(code))),
      }),
    publishPlan: (input) => {
      let added = 0;
      let removed = 0;
      for (const e of input.add)
        if (!this.registry.has(`${e.postCode}/${e.cadreId}`) && ++added)
          this.registry.add(`${e.postCode}/${e.cadreId}`);
      for (const e of input.remove) if (this.registry.delete(`${e.postCode}/${e.cadreId}`)) removed++;
      this.publications.push(input);
      return Promise.resolve({ added, removed });
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
}

const body = { summonedIds: MEMBERS, secretaryId: 'TV-1', headId: 'TV-2' };

export function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    unitCode: `QA-${randomUUID().slice(0, 8)}`,
    term: '2025-2030',
    legalBasis: 'QD377-2025',
    proposedBy: 'U-HR',
    proposedAt: new Date().toISOString(),
    hrIds: ['U-HR2'],
    keyCadre: body,
    collective: body,
    signerId: 'U-BT',
    timing: {
      taskWorkingDays: 10,
      reminderWorkingDays: 2,
      conferenceDeadlineMs: 60_000,
      workingDayMs: 3_600_000,
    },
    ...overrides,
  };
}

export function startPlan(env: TestWorkflowEnvironment, taskQueue: string, input: PlanInput) {
  return env.client.workflow.start(WorkflowTypes.plan, {
    taskQueue,
    workflowId: formatPlanId(input.unitCode, input.term),
    args: [input],
  });
}

export function planWhen(
  handle: WorkflowHandle,
  ready: (s: PlanStatus) => boolean,
  timeoutMs = 20_000,
): Promise<PlanStatus> {
  return queryUntil(handle, planStatusQuery, ready, 'the plan', timeoutMs);
}

/** Holds conference `index` of the plan: everybody present, `votes` by candidate. */
export async function holdPlanConference(
  env: TestWorkflowEnvironment,
  handle: WorkflowHandle,
  index: number,
  votes: Record<string, number>,
): Promise<void> {
  const child = env.client.workflow.getHandle(conferenceWorkflowId(handle.workflowId, index));
  await attendConference(child, 'TV-1', MEMBERS);
  await child.executeUpdate(submitTallyUpdate, {
    args: [
      {
        actorId: 'TV-1',
        ballotsCast: MEMBERS.length,
        votes: Object.entries(votes).map(([candidateId, n]) => ({ candidateId, votes: n })),
        sheetSha256: 'c'.repeat(64),
      },
    ],
  });
}
