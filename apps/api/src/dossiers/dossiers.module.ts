import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { ProceduresModule } from '../procedures/procedures.module';
import { DossierCommandsController } from './dossier-commands.controller';
import { DossierCommandsService } from './dossier-commands.service';

/** The dossier commands of the kit's dossier gate, for every kind that checks a dossier. */
@Module({
  imports: [ProceduresModule, AppointmentsModule],
  controllers: [DossierCommandsController],
  providers: [DossierCommandsService],
})
export class DossiersModule {}
