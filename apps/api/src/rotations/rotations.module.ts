import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { RotationBatchRunner } from './rotation-batch-runner';
import { RotationBatchService } from './rotation-batch.service';
import { RotationBatchesController } from './rotation-batches.controller';
import { RotationChecks } from './rotation-checks';
import { RotationCommandsService } from './rotation-commands.service';
import { RotationConferencesController } from './rotation-conferences.controller';
import { RotationReadsService } from './rotation-reads.service';
import { RotationStartService } from './rotation-start.service';
import { RotationStarter } from './rotation-starter';
import { RotationStores } from './rotation-stores';
import { RotationsController } from './rotations.controller';

/** The rotation procedure's own routes (start, its commands, batches); tasks go through the task API. */
@Module({
  imports: [ProceduresModule],
  controllers: [RotationsController, RotationConferencesController, RotationBatchesController],
  providers: [
    RotationStores,
    RotationChecks,
    RotationStarter,
    RotationStartService,
    RotationReadsService,
    RotationCommandsService,
    RotationBatchService,
    RotationBatchRunner,
  ],
})
export class RotationsModule {}
