import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { RegistryProvider } from '../registry/common/registry.provider';
import { AppointmentAccess } from './appointment-access';
import { AppointmentCommandsService } from './appointment-commands.service';
import { AppointmentConferencesController } from './appointment-conferences.controller';
import { AppointmentReadsService } from './appointment-reads.service';
import { AppointmentStartService } from './appointment-start.service';
import { AppointmentStores } from './appointment-stores';
import { AppointmentsController } from './appointments.controller';
import { CadreTimelineController } from './cadre-timeline.controller';
import { CadreTimelineService } from './cadre-timeline.service';
import { ConferenceCommandsService } from './conference-commands.service';
import { StartDefaultsController, StartDefaultsService } from './start-defaults.controller';

/** The appointment procedure's own routes (start, its commands, its conferences) and the cadre timeline. */
@Module({
  imports: [ProceduresModule],
  controllers: [
    StartDefaultsController,
    AppointmentsController,
    AppointmentConferencesController,
    CadreTimelineController,
  ],
  providers: [
    AppointmentStores,
    RegistryProvider,
    AppointmentAccess,
    AppointmentStartService,
    AppointmentReadsService,
    AppointmentCommandsService,
    ConferenceCommandsService,
    CadreTimelineService,
    StartDefaultsService,
  ],
  exports: [AppointmentStores],
})
export class AppointmentsModule {}
