import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { ProceduresModule } from '../procedures/procedures.module';
import { TrainingClassesController } from './training-classes.controller';
import { TrainingCommandsService } from './training-commands.service';
import { TrainingGapsController } from './training-gaps.controller';
import { TrainingReadsService } from './training-reads.service';
import { TrainingStartService } from './training-start.service';
import { TrainingStores } from './training-stores';

/** Training classes' own routes and a cadre's training gaps; the document store is the appointments'. */
@Module({
  imports: [ProceduresModule, AppointmentsModule],
  controllers: [TrainingClassesController, TrainingGapsController],
  providers: [TrainingStores, TrainingStartService, TrainingCommandsService, TrainingReadsService],
})
export class TrainingModule {}
