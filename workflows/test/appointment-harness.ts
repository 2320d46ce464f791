import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  appointmentStatusQuery,
  SearchAttributes,
  submitTallyUpdate,
  WorkflowTypes,
  type ActorRef,
  type AppointmentActivities,
  type AppointmentInput,
  type AppointmentStatus,
  type CadreFacts,
  type ConfidenceVoteActivities,
  type JournalActivities,
  type PostFacts,
  type RecordAppointmentStepInput,
  type RecordProcedureStepInput,
  type RecordStepInput,
  type WriteAssignmentInput,
  type WriteConfidenceResultsInput,
} from '@personnel/contracts';
import { InMemoryDossiers } from './dossier-fixtures';
import { attendConference, queryUntil } from './harness';

/** A cadre meeting every rule for the Quảng An chairman post in 2026 (the rules engine's own fixture). */
export const POST_FACTS: PostFacts = {
  postCode: 'QA-CT-UBND',
  unitCode: 'QA',
  unitLocalityCode: 'QUANG_AN',
  level: 'commune',
  isHead: true,
  requiresNonLocal: true,
  standards: {
    minEducation: 'bachelor',
    minPoliticalTheory: 'intermediate',
    minStateManagement: 'specialist',
    requiredCourseCodes: ['CT05'],
    partyMember: true,
  },
};

export const eligibleCadre = (code: string): CadreFacts => ({
  cadreCode: code,
  gender: 'male',
  birthDate: '1980-06-15',
  hometownLocalityCode: 'TAN_BINH',
  education: 'bachelor',
  politicalTheory: 'intermediate',
  stateManagement: 'specialist',
  partyMember: true,
  status: 'active',
  completedCourseCodes: ['CT05'],
  disciplines: [],
  evaluations: [{ year: 2025, rating: 'good' }],
  assignments: [],
  planning: [{ postCode: 'QA-CT-UBND', term: '2025-2030', from: '2025-03-01' }],
  confidenceVotes: [],
});

/** A local cadre from Quảng An itself: fails the non-local rule for the commune's head post. */
export const localCadre = (code: string): CadreFacts => ({
  ...eligibleCadre(code),
  hometownLocalityCode: 'QUANG_AN',
});

/** A journalled step as the in-memory journal keeps it: the kernel's, a legacy appointment's, a conference's. */
export type RecordedStep = RecordProcedureStepInput | RecordAppointmentStepInput | RecordStepInput;

/**
 * In-memory stand-ins for the appointment's activities, with the same contract as the Postgres ones:
 * each step key kept once, each task's latest state kept by seq, assignments written once per decision.
 * `recordAppointmentStep` stays for runs begun before the kernel (the replayed histories).
 */
export class AppointmentRecorder {
  readonly steps: RecordedStep[] = [];
  readonly assignments: WriteAssignmentInput[] = [];
  /** Confidence results a reappointment wrote, once per conference and cadre. */
  readonly confidenceResults: WriteConfidenceResultsInput[] = [];
  /** Facts by cadre code; a cadre not listed meets every rule. */
  facts = new Map<string, CadreFacts>();
  /** Dossier documents by cadre code; a cadre not listed has a complete dossier. */
  readonly dossiers = new InMemoryDossiers();

  readonly activities: AppointmentActivities & JournalActivities & ConfidenceVoteActivities = {
    loadDossier: ({ cadreIds }) => this.dossiers.load(cadreIds),
    writeConfidenceResults: (input) => {
      if (this.confidenceResults.some((r) => r.conferenceId === input.conferenceId))
        return Promise.resolve({ inserted: 0 });
      this.confidenceResults.push(input);
      return Promise.resolve({ inserted: input.results.length });
    },
    recordProcedureStep: (input) => Promise.resolve(this.keepOnce(input)),
    recordAppointmentStep: (input) => Promise.resolve(this.keepOnce(input)),
    recordStep: (input) => Promise.resolve(this.keepOnce(input)),
    loadCandidateFacts: ({ cadreIds }) =>
      Promise.resolve(
        cadreIds.map((cadreId) => ({
          cadreId,
          cadre: this.facts.get(cadreId) ?? eligibleCadre(cadreId),
          post: POST_FACTS,
        })),
      ),
    loadHolidays: () => Promise.resolve([]),
    verifyDossier: ({ documents }) => Promise.resolve({ ok: documents.length > 0, problems: [] }),
    writeAssignment: (input) => {
      const existing = this.assignments.findIndex((a) => a.decisionRef === input.decisionRef);
      if (existing >= 0) return Promise.resolve({ assignmentId: `A${existing}`, created: false });
      this.assignments.push(input);
      return Promise.resolve({ assignmentId: `A${this.assignments.length - 1}`, created: true });
    },
  };

  private keepOnce(input: RecordedStep) {
    if (this.steps.some((s) => s.workflowId === input.workflowId && s.stepKey === input.stepKey))
      return { inserted: false };
    this.steps.push(input);
    return { inserted: true };
  }

  kinds(workflowId: string): string[] {
    return this.steps.filter((s) => s.workflowId === workflowId).map((s) => s.kind);
  }

  /** The procedure rows the kernel journal received for a workflow, oldest first. */
  procedureRows(workflowId: string): RecordProcedureStepInput[] {
    return this.steps.filter(
      (s): s is RecordProcedureStepInput => s.workflowId === workflowId && 'procedure' in s,
    );
  }
}

export const MEMBERS = ['TV-1', 'TV-2', 'TV-3', 'TV-4', 'TV-5', 'TV-6'];
const body = { summonedIds: MEMBERS, secretaryId: 'TV-1', headId: 'TV-2' };

export function appointmentInput(overrides: Partial<AppointmentInput> = {}): AppointmentInput {
  return {
    candidateIds: [`CB-${randomUUID().slice(0, 8)}`],
    postId: 'QA-CT-UBND',
    unitCode: 'QA',
    source: 'outside',
    legalBasis: 'QD377-2025',
    proposedBy: 'U-HR',
    proposedAt: new Date().toISOString(),
    collective: body,
    homeUnitConference: body,
    expandedConference: body,
    keyCadreConference: body,
    signOffMode: 'sequential',
    signOff: [
      { key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-TCNV'] },
      { key: 'deputy', label: 'Phó Bí thư', assigneeIds: ['U-PBT'] },
    ],
    signerId: 'U-BT',
    documents: [
      {
        id: '00000000-0000-4000-8000-000000000001',
        kind: 'cv',
        fileName: 'so-yeu-ly-lich.pdf',
        contentType: 'application/pdf',
        sizeBytes: 10,
        sha256: 'a'.repeat(64),
      },
    ],
    timing: {
      taskWorkingDays: 10,
      procedureWorkingDays: 30,
      reminderWorkingDays: 2,
      conferenceDeadlineMs: 60_000,
      workingDayMs: 3_600_000,
    },
    ...overrides,
  };
}

export const actor = (
  userId: string,
  roles: ActorRef['roles'] = ['approver'],
  cadreId: string | null = null,
): ActorRef => ({
  userId,
  roles,
  cadreId,
});

export function startAppointment(env: TestWorkflowEnvironment, taskQueue: string, input: AppointmentInput) {
  return env.client.workflow.start(WorkflowTypes.appointment, {
    taskQueue,
    workflowId: `appointment/${input.postId}/${randomUUID().slice(0, 8)}`,
    args: [input],
    memo: { proposedBy: input.proposedBy },
    typedSearchAttributes: [{ key: SearchAttributes.stage, value: 'eligibility_check' }],
  });
}

export async function refusalCode(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure)
      return String(error.cause.details?.[0] ?? error.cause.message);
    throw error;
  }
  throw new Error('the command was accepted');
}

/** Polls the status query until `ready` holds (the workflow moves on its own between commands). */
export function statusWhen(
  handle: WorkflowHandle,
  ready: (s: AppointmentStatus) => boolean,
  timeoutMs = 20_000,
): Promise<AppointmentStatus> {
  return queryUntil(handle, appointmentStatusQuery, ready, 'the appointment', timeoutMs);
}

/**
 * Holds a conference as its secretary would: waits for the child of step `index`, records attendance
 * of `present` members, then the tally with `yes` votes for each candidate.
 */
export async function holdConference(
  env: TestWorkflowEnvironment,
  handle: WorkflowHandle,
  index: number,
  yes: number | Record<string, number>,
  present = MEMBERS,
  attempt = 1,
  /** A confidence ballot (a reappointment's key-cadre vote): this many low for each candidate. */
  confidenceLow?: number,
): Promise<void> {
  const status = await statusWhen(handle, (s) =>
    s.steps.some((st) => st.index === index && st.attempt === attempt),
  );
  const step = status.steps.find((st) => st.index === index)!;
  const child = env.client.workflow.getHandle(step.conferenceId);
  await attendConference(child, 'TV-1', present);
  if (present.length * 3 < MEMBERS.length * 2) return;
  if (confidenceLow !== undefined) {
    await child.executeUpdate(submitTallyUpdate, {
      args: [
        {
          actorId: 'TV-1',
          ballotsCast: present.length,
          confidence: step.candidates.map((c) => ({
            candidateId: c,
            high: present.length - confidenceLow,
            confidence: 0,
            low: confidenceLow,
          })),
          sheetSha256: 'b'.repeat(64),
        },
      ],
    });
    return;
  }
  await child.executeUpdate(submitTallyUpdate, {
    args: [
      {
        actorId: 'TV-1',
        ballotsCast: present.length,
        votes: step.candidates.map((c) => ({
          candidateId: c,
          votes: typeof yes === 'number' ? yes : (yes[c] ?? 0),
        })),
        sheetSha256: 'b'.repeat(64),
      },
    ],
  });
}
