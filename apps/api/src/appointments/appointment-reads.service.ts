import { Injectable } from '@nestjs/common';
import {
  appointmentStatusQuery,
  type AppointmentDetail,
  type AppointmentView,
  type AuthenticatedUser,
  type Page,
} from '@personnel/contracts';
import { AppointmentAccess } from './appointment-access';
import { AppointmentStores } from './appointment-stores';
import { ProcedureWorkflowsGateway } from '../procedures/procedure-workflows.gateway';
import type { ListAppointmentsDto } from './dto/appointment.dto';
import { UnitScope } from '../procedures/unit-scope';

/** Appointments as the user may see them: the list within their unit scope, one with its live status. */
@Injectable()
export class AppointmentReadsService {
  constructor(
    private readonly stores: AppointmentStores,
    private readonly workflows: ProcedureWorkflowsGateway,
    private readonly scope: UnitScope,
    private readonly access: AppointmentAccess,
  ) {}

  async list(query: ListAppointmentsDto, user: AuthenticatedUser): Promise<Page<AppointmentView>> {
    const unitCodes = await this.scope.listCodes(user, query.unitCode);
    return (await this.stores.appointments()).list({
      state: query.state,
      stage: query.stage,
      candidateId: query.candidateId,
      proposedBy: query.proposedBy,
      overdue: query.overdue,
      unitCodes,
      limit: query.limit,
      offset: query.offset,
    });
  }

  async get(id: string, user: AuthenticatedUser): Promise<AppointmentDetail> {
    const found = await this.access.readable(id, user);
    return { ...found, status: await this.workflows.status(id, appointmentStatusQuery) };
  }
}
