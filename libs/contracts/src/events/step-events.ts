import type { ProcedureItem, ProcedureSnapshot } from '../procedure/snapshot';
import type { ProcedureTask, TaskStatus } from '../procedure/task';
import type { EventDraft, EventType } from './event-types';

/** One journal step as `recordProcedureStep` receives it: what the events are made of. */
export interface JournalStepFacts {
  workflowId: string;
  stepKey: string;
  seq: number;
  kind: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  procedure: ProcedureSnapshot;
  tasks: ProcedureTask[];
  items?: ProcedureItem[];
}

/** The read-model rows as they stood before the step (read in the step's transaction, under its lock). */
export interface StepPriorState {
  /** The procedure row; null when this step creates it. */
  procedure: { stage: string; lastSeq: number } | null;
  /** Each of the step's tasks that existed already: its status and the seq that last moved it. */
  tasks: Record<string, { status: TaskStatus; lastSeq: number }>;
}

/**
 * The step kinds that record a signed decision, per procedure kind. Data, so a new kind adds a line; the
 * table test walks every kind.
 */
export const DECISION_STEP_KINDS: Readonly<Record<string, readonly string[]>> = {
  appointment: ['decision_signed'],
  rotation: ['decided'],
  plan: ['approved'],
};

/**
 * The events a journal step makes, for every procedure kind (pure: the same step and prior state always
 * give the same drafts, so a retried step that is recorded once makes its events once).
 *
 * Kind-agnostic facts come from how the read model moves: the first step starts the procedure, a new
 * stage is entered, a task becomes open or done. A late step (its seq below the row's) moves no row and
 * so makes none of these. Kind-specific facts come from the step kinds that carry them.
 */
export function eventsOfStep(step: JournalStepFacts, prior: StepPriorState): EventDraft[] {
  const p = step.procedure;
  const unitCode = p.unitCode;
  const events: EventDraft[] = [];
  const push = <T extends EventType>(draft: EventDraft<T>) => events.push(draft as unknown as EventDraft);

  if (prior.procedure === null) {
    push({
      type: 'vn.personnel.procedure.started',
      key: '',
      unitCode,
      data: {
        procedureKind: p.kind,
        unitCode,
        postId: p.postId,
        legalBasis: p.legalBasis,
        subjectCadreIds: [...p.subjectCadreIds],
        state: p.state,
        stage: p.stage,
        proposedAt: p.proposedAt,
      },
    });
  }
  const movesProcedure = prior.procedure === null || prior.procedure.lastSeq < step.seq;
  if (movesProcedure && (prior.procedure === null || prior.procedure.stage !== p.stage)) {
    push({
      type: 'vn.personnel.procedure.stage_entered',
      key: p.stage,
      unitCode,
      data: {
        procedureKind: p.kind,
        stage: p.stage,
        previousStage: prior.procedure?.stage ?? null,
        state: p.state,
        enteredAt: step.occurredAt,
      },
    });
  }

  for (const task of step.tasks) {
    const before = prior.tasks[task.key];
    if (before && before.lastSeq >= step.seq) continue;
    if (task.status === 'open' && before?.status !== 'open')
      push({
        type: 'vn.personnel.task.opened',
        key: task.key,
        unitCode,
        data: {
          procedureKind: p.kind,
          taskKey: task.key,
          taskKind: task.kind,
          dueAt: task.dueAt,
          assigneeIds: [...task.assigneeIds],
        },
      });
    if (task.status === 'done' && before?.status !== 'done')
      push({
        type: 'vn.personnel.task.decided',
        key: task.key,
        unitCode,
        data: {
          procedureKind: p.kind,
          taskKey: task.key,
          taskKind: task.kind,
          outcome: task.outcome,
          completedAt: task.completedAt,
        },
      });
  }

  events.push(...kindSpecificEvents(step, unitCode));
  return events;
}

function kindSpecificEvents(step: JournalStepFacts, unitCode: string): EventDraft[] {
  const p = step.procedure;
  const pay = step.payload;
  const out: EventDraft[] = [];
  if (step.kind === 'task_reminder' || step.kind === 'task_escalated') {
    const taskKey = str(pay['taskKey']);
    const task = step.tasks.find((t) => t.key === taskKey);
    const common = {
      procedureKind: p.kind,
      taskKey,
      taskKind: task?.kind ?? '',
      dueAt: typeof pay['dueAt'] === 'string' ? pay['dueAt'] : (task?.dueAt ?? null),
    };
    if (step.kind === 'task_reminder')
      out.push({
        type: 'vn.personnel.task.reminded',
        key: taskKey,
        unitCode,
        data: { ...common, assigneeIds: strings(pay['to']) },
      });
    else
      out.push({
        type: 'vn.personnel.task.escalated',
        key: taskKey,
        unitCode,
        data: { ...common, escalatedTo: typeof pay['to'] === 'string' ? pay['to'] : null },
      });
  }
  if (step.kind === 'conference_closed') {
    out.push({
      type: 'vn.personnel.conference.result',
      key: '',
      unitCode,
      data: {
        procedureKind: p.kind,
        conferenceId: str(pay['conferenceId']),
        index: num(pay['index']),
        step: str(pay['step']),
        outcome: str(pay['outcome']),
        forward: strings(pay['forward']),
        summoned: num(pay['summoned']),
        attending: num(pay['attending']),
      },
    });
  }
  if ((DECISION_STEP_KINDS[p.kind] ?? []).includes(step.kind)) {
    out.push({
      type: 'vn.personnel.decision.signed',
      key: '',
      unitCode,
      data: {
        procedureKind: p.kind,
        number: str(pay['number']),
        effectiveDate: str(pay['effectiveDate']),
        signedAt: str(pay['signedAt'] ?? step.occurredAt),
        subjectCadreIds: [...p.subjectCadreIds],
        postId: p.postId,
      },
    });
  }
  if (p.kind === 'rotation' && step.kind === 'evaluated') {
    out.push({
      type: 'vn.personnel.rotation.evaluated',
      key: '',
      unitCode,
      data: {
        cadreId: p.subjectCadreIds[0] ?? '',
        year: num(pay['year']),
        rating: str(pay['rating']),
        late: pay['late'] === true,
      },
    });
  }
  if (p.kind === 'rotation' && step.kind === 'rotation_ended') {
    const decision = (pay['decision'] ?? null) as Record<string, unknown> | null;
    out.push({
      type: 'vn.personnel.rotation.ended',
      key: '',
      unitCode,
      data: {
        cadreId: p.subjectCadreIds[0] ?? '',
        choice: str(pay['choice']),
        postId: str(pay['postId']),
        early: pay['early'] === true,
        decisionNumber: decision ? str(decision['number']) : null,
        effectiveDate: decision ? str(decision['effectiveDate']) : null,
      },
    });
  }
  if (p.kind === 'plan' && step.kind === 'published') {
    out.push({
      type: 'vn.personnel.plan.approved',
      key: '',
      unitCode,
      data: {
        unitCode,
        number: str(pay['number']),
        effectiveDate: str(pay['effectiveDate']),
        added: entryKeys(pay['added']),
        removed: entryKeys(pay['removed']),
      },
    });
  }
  if (p.kind === 'plan' && step.kind === 'candidate_removed') {
    for (const item of step.items ?? []) {
      out.push({
        type: 'vn.personnel.plan.candidate_removed',
        key: item.key,
        unitCode,
        data: { postId: str(item.data['postCode']), cadreId: str(item.data['cadreId']) },
      });
    }
  }
  return out;
}

/** `<postCode>/<cadreId>` of each entry a plan's publication lists (their reasons stay inside). */
function entryKeys(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((e: { postCode?: unknown; cadreId?: unknown }) => `${str(e.postCode)}/${str(e.cadreId)}`);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
