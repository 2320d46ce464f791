import type { EnrolmentSkip, TrainingEnrolment } from '@personnel/contracts';
import type { TaskCheck } from '../procedure/task-board';

export interface EnrolmentRequest {
  /** The class's enrolments so far (withdrawn ones included). */
  enrolments: readonly TrainingEnrolment[];
  capacity: number | null;
  /** Cadres asked for, in order (one, or every cadre of a unit). */
  candidateIds: readonly string[];
  /** Of the candidates, those already holding a completion of the class's course. */
  completedIds: readonly string[];
}

export interface EnrolmentPlan {
  /** Who is enrolled now, in the order asked. */
  enrol: string[];
  /** Who is not, and why. */
  skipped: EnrolmentSkip[];
  /** Seats left before this request (null: no limit). */
  seatsLeft: number | null;
}

/**
 * Who of an enrolment request joins the class: everyone asked except those enrolled already and those
 * who completed the course already (they would get a second certificate of the same course: the
 * registry keeps one completion per cadre and course). A withdrawn cadre may come back.
 */
export function planEnrolment(request: EnrolmentRequest): EnrolmentPlan {
  const enrolled = new Set(request.enrolments.filter((e) => e.withdrawn === null).map((e) => e.cadreId));
  const completed = new Set(request.completedIds);
  const enrol: string[] = [];
  const skipped: EnrolmentSkip[] = [];
  for (const cadreId of new Set(request.candidateIds)) {
    if (enrolled.has(cadreId)) skipped.push({ cadreId, reason: 'already_enrolled' });
    else if (completed.has(cadreId)) skipped.push({ cadreId, reason: 'already_completed' });
    else enrol.push(cadreId);
  }
  const seatsLeft = request.capacity === null ? null : Math.max(0, request.capacity - enrolled.size);
  return { enrol, skipped, seatsLeft };
}

/**
 * Whether an enrolment plan may be applied. One cadre asked by name who cannot join is refused with
 * the reason; a unit's request enrols who can and says who was skipped. A request that would take the
 * class past its capacity is refused whole (nothing half-enrolled), saying how many seats are left.
 */
export function checkEnrolment(plan: EnrolmentPlan, byName: boolean): TaskCheck {
  if (byName && plan.enrol.length === 0 && plan.skipped[0]) {
    const { cadreId, reason } = plan.skipped[0];
    return {
      ok: false,
      code: reason,
      message:
        reason === 'already_enrolled'
          ? `cadreId: ${cadreId} is already enrolled in this class`
          : `cadreId: ${cadreId} already holds a completion of this course`,
    };
  }
  if (plan.enrol.length === 0 && !byName)
    return { ok: false, code: 'invalid', message: 'unitCode: nobody of this unit can be enrolled' };
  if (plan.seatsLeft !== null && plan.enrol.length > plan.seatsLeft)
    return {
      ok: false,
      code: 'capacity_reached',
      message:
        plan.seatsLeft === 0
          ? 'the class is full: withdraw an enrolment or open another class'
          : `the class has ${plan.seatsLeft} seat(s) left, the request would enrol ${plan.enrol.length}`,
    };
  return { ok: true };
}
