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
} from '@personnel/contracts';
import { KitState } from '../kit';

/**
 * Everything the appointment workflow knows beside the kit's state (stage, tasks, deadline), so the status query, the read-model snapshot
 * and the Update validators all read the same state. Plain data: it survives continue-as-new by value.
 */
export class AppointmentProcedure extends KitState {
  state: AppointmentState = 'in_progress';
  stage: AppointmentStage = 'eligibility_check';
  round = 1;
  candidates: string[];
  eligibility: CandidateEligibility[] = [];
  exception: EligibilityException | null = null;
  steps: ProcedureStepRecord[] = [];
  appointee: string | null = null;
  decision: DecisionRecord | null = null;
  /** The signed decision whose assignment is written and recorded: the decision's answer waits for it. */
  applied: DecisionRecord | null = null;
  documents: DocumentRef[];
  term = 1;
  selfAssessment: { by: string; summary: string; at: string } | null = null;
  /** Who sits in the conferences still to come: the input's bodies, as HR changed them since. */
  bodies: AppointmentBodies;
  closedReason: string | null = null;
  withdrawn = false;

  constructor(
    private readonly input: AppointmentInput,
    enteredAt: string,
  ) {
    super(enteredAt);
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

  /** Who was appointed by which decision, once the decision is signed. */
  signed(): { appointee: string; decision: DecisionRecord } {
    if (!this.appointee || !this.decision) throw new Error('no signed decision yet');
    return { appointee: this.appointee, decision: this.decision };
  }

  isRunning(): boolean {
    return this.state === 'in_progress';
  }

  /** The procedure ends without an appointment; the caller enters the `closed` stage (closeProcedure). */
  close(state: Exclude<AppointmentState, 'in_progress' | 'appointed'>, reason: string | null): void {
    this.state = state;
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
      procedureDueAt: this.dueAt,
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
      tasks: this.tasks.map((t) => ({ ...t })),
      appointee: this.appointee,
      decision: this.decision,
      procedureDueAt: this.dueAt,
      overdue: this.overdue,
      documents: [...this.documents],
      term: this.term,
      selfAssessment: this.selfAssessment,
      bodies: this.bodies,
      closedReason: this.closedReason,
      dossier: this.dossier ? JSON.parse(JSON.stringify(this.dossier)) : null,
    };
  }
}
