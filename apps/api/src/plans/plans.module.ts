import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { PlanCommandsService } from './plan-commands.service';
import { PlanConferencesController } from './plan-conferences.controller';
import { PlanReadsService } from './plan-reads.service';
import { PlanStartService } from './plan-start.service';
import { PlanStores } from './plan-stores';
import { PlansController } from './plans.controller';

/** The planning procedure's own routes (open, the board, its commands, its conferences). */
@Module({
  imports: [ProceduresModule],
  controllers: [PlansController, PlanConferencesController],
  providers: [PlanStores, PlanStartService, PlanReadsService, PlanCommandsService],
})
export class PlansModule {}
