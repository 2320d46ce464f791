import { Injectable } from '@nestjs/common';
import type { AppointmentDetail, AppointmentView, AuthenticatedUser, Page } from '@personnel/contracts';
import { AppointmentAccess } from './appointment-access';
import { AppointmentStores } from './appointment-stores';
import { AppointmentWorkflowsGateway } from './appointment-workflows.gateway';
import type { ListAppointmentsDto } from './dto/appointment.dto';
import { UnitScope } from './unit-scope';

/** Appointments as the user may see them: the list within their unit scope, one with its live status. */
@Injectable()
export class AppointmentReadsService {
  constructor(
    private readonly stores: AppointmentStores,
    private readonly workflows: AppointmentWorkflowsGateway,
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
    return { ...found, status: await this.workflows.status(id) };
  }
}
