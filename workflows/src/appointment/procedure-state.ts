import type {
  AppointmentBodies,
  AppointmentInput,
  AppointmentResume,
  AppointmentSnapshot,
  AppointmentStage,
  AppointmentState,
  AppointmentStatus,
  CandidateEligibility,
  DecisionRecord,
  DocumentRef,
  EligibilityException,
  ProcedureStepRecord,
  ProcedureTask,
} from '@personnel/contracts';

/**
 * Everything the appointment workflow knows, in one place, so the status query, the read-model snapshot
 * and the Update validators all read the same state. Plain data: it survives continue-as-new by value.
 */
export class ProcedureState {
  state: AppointmentState = 'in_progress';
  stage: AppointmentStage = 'eligibility_check';
  round = 1;
  candidates: string[];
  eligibility: CandidateEligibility[] = [];
  exception: EligibilityException | null = null;
  steps: ProcedureStepRecord[] = [];
  private readonly taskList: ProcedureTask[] = [];
  appointee: string | null = null;
  decision: DecisionRecord | null = null;
  procedureDueAt: string | null = null;
  overdue = false;
  documents: DocumentRef[];
  term = 1;
  selfAssessment: { by: string; summary: string; at: string } | null = null;
  /** Who sits in the conferences still to come: the input's bodies, as HR changed them since. */
  bodies: AppointmentBodies;
  closedReason: string | null = null;
  withdrawn = false;

  constructor(private readonly input: AppointmentInput) {
    this.candidates = [...input.candidateIds];
    this.documents = [...input.documents];
    this.bodies = {
      collective: input.collective,
      expandedConference: input.expandedConference,
      keyCadreConference: input.keyCadreConference,
      homeUnitConference: input.homeUnitConference,
    };
    if (input.resume) {
      this.eligibility = input.resume.eligibility ?? [];
      this.exception = input.resume.exception ?? null;
      this.steps = input.resume.steps ?? [];
    }
  }

  /** What a later run needs to answer the status query as this one would. */
  carried(): Pick<AppointmentResume, 'eligibility' | 'exception' | 'steps'> {
    return { eligibility: this.eligibility, exception: this.exception, steps: this.steps };
  }

  get tasks(): readonly ProcedureTask[] {
    return this.taskList;
  }

  task(key: string): ProcedureTask | undefined {
    return this.taskList.find((t) => t.key === key);
  }

  /** A task a validator has already found: its absence here is a bug, not a user's mistake. */
  existingTask(key: string): ProcedureTask {
    const task = this.task(key);
    if (!task) throw new Error(`task ${key} vanished between validation and handling`);
    return task;
  }

  /** The first open task of a kind (the decision, the self-assessment), which a validator checked. */
  openTaskOf(kind: ProcedureTask['kind']): ProcedureTask {
    const task = this.taskList.find((t) => t.kind === kind && t.status === 'open');
    if (!task) throw new Error(`no open ${kind} task after validation`);
    return task;
  }

  /** Who was appointed by which decision, once the decision is signed. */
  signed(): { appointee: string; decision: DecisionRecord } {
    if (!this.appointee || !this.decision) throw new Error('no signed decision yet');
    return { appointee: this.appointee, decision: this.decision };
  }

  /** Adds the task or replaces the one with its key; returns it for the step that records the change. */
  put(task: ProcedureTask): ProcedureTask {
    const i = this.taskList.findIndex((t) => t.key === task.key);
    if (i < 0) this.taskList.push(task);
    else this.taskList[i] = task;
    return task;
  }

  openTasks(): ProcedureTask[] {
    return this.taskList.filter((t) => t.status === 'open');
  }

  close(state: Exclude<AppointmentState, 'in_progress' | 'appointed'>, reason: string | null): void {
    this.state = state;
    this.stage = 'closed';
    this.closedReason = reason;
  }

  snapshot(): AppointmentSnapshot {
    const i = this.input;
    return {
      candidateIds: [...i.candidateIds],
      postId: i.postId,
      unitCode: i.unitCode,
      source: i.source,
      legalBasis: i.legalBasis,
      proposedBy: i.proposedBy,
      proposedAt: i.proposedAt,
      state: this.state,
      stage: this.stage,
      round: this.round,
      appointee: this.appointee,
      decision: this.decision,
      procedureDueAt: this.procedureDueAt,
      overdue: this.overdue,
      exceptionGranted: this.exception !== null,
    };
  }

  status(): AppointmentStatus {
    return {
      state: this.state,
      stage: this.stage,
      round: this.round,
      candidates: [...this.candidates],
      eligibility: this.eligibility,
      exception: this.exception,
      steps: this.steps.map((s) => ({ ...s })),
      tasks: this.taskList.map((t) => ({ ...t })),
      appointee: this.appointee,
      decision: this.decision,
      procedureDueAt: this.procedureDueAt,
      overdue: this.overdue,
      documents: [...this.documents],
      term: this.term,
      selfAssessment: this.selfAssessment,
      bodies: this.bodies,
      closedReason: this.closedReason,
    };
  }
}
