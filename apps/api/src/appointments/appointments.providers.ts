import { AppointmentAccess } from './appointment-access';
import { AppointmentCommandsService } from './appointment-commands.service';
import { AppointmentConferencesController } from './appointment-conferences.controller';
import { AppointmentReadsService } from './appointment-reads.service';
import { AppointmentStartService } from './appointment-start.service';
import { AppointmentStores } from './appointment-stores';
import { AppointmentWorkflowsGateway } from './appointment-workflows.gateway';
import { AppointmentsController } from './appointments.controller';
import { CadreTimelineController } from './cadre-timeline.controller';
import { CadreTimelineService } from './cadre-timeline.service';
import { ConferenceCommandsService } from './conference-commands.service';
import { UnitScope } from './unit-scope';
import { UpdateAnswers } from './update-answers';

export const APPOINTMENT_CONTROLLERS = [
  AppointmentsController,
  AppointmentConferencesController,
  CadreTimelineController,
];

/** UnitScope and AppointmentStores also serve the users, documents and reports controllers (and UnitScope the procedures). */
export const APPOINTMENT_PROVIDERS = [
  UnitScope,
  AppointmentStores,
  AppointmentWorkflowsGateway,
  AppointmentAccess,
  UpdateAnswers,
  AppointmentStartService,
  AppointmentReadsService,
  AppointmentCommandsService,
  ConferenceCommandsService,
  CadreTimelineService,
];
