import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { RotationPlansController } from './rotation-plans.controller';
import { RotationPlansService } from './rotation-plans.service';

/** POST /api/v1/rotation-plans: the planner (libs/planner) over the registry, within the unit scope. */
@Module({
  imports: [ProceduresModule],
  controllers: [RotationPlansController],
  providers: [RotationPlansService],
})
export class RotationPlansModule {}
