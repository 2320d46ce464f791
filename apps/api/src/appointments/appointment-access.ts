import { Injectable, NotFoundException } from '@nestjs/common';
import {
  parseAppointmentId,
  type AppointmentView,
  type AuthenticatedUser,
  type TaskView,
  type TimelineEntry,
} from '@personnel/contracts';
import { badRequest } from '../http/validation.pipe';
import { toTaskView } from '../procedures/task-views';
import { todayInVietnam } from '../registry/common/today';
import { AppointmentStores } from './appointment-stores';
import { UnitScope } from '../procedures/unit-scope';

export function assertAppointmentId(id: string): void {
  if (!parseAppointmentId(id))
    throw badRequest([
      {
        field: 'id',
        problem: 'must look like appointment/<postId>/<n>',
        code: 'not_appointment_id',
        params: { example: 'appointment/QA-CT-UBND/1' },
      },
    ]);
}

/**
 * The unit-scope check every read and command of one appointment goes through. Commands are checked
 * like reads, before anything reaches the workflow: outside the scope the appointment does not exist (404).
 */
@Injectable()
export class AppointmentAccess {
  constructor(
    private readonly stores: AppointmentStores,
    private readonly scope: UnitScope,
  ) {}

  /**
   * The appointment with its timeline and tasks (each with the reader's relation and actions), or 404
   * when unknown or outside the user's scope.
   */
  async readable(
    id: string,
    user: AuthenticatedUser,
  ): Promise<AppointmentView & { timeline: TimelineEntry[]; tasks: TaskView[] }> {
    assertAppointmentId(id);
    const found = await (await this.stores.appointments()).get(id);
    if (!found || !this.scope.includes(await this.scope.codes(user), found.unitCode))
      throw new NotFoundException(`No appointment ${id}`);
    const today = todayInVietnam();
    return { ...found, tasks: found.tasks.map((t) => toTaskView(t, user, today)) };
  }
}
