import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { DistrictFiguresController } from './district-figures.controller';
import { DistrictFiguresService } from './district-figures.service';
import { ReportsController } from './reports.controller';

/** The leaders' reports: the appointment dashboard and the district's published figures. */
@Module({
  imports: [ProceduresModule],
  controllers: [ReportsController, DistrictFiguresController],
  providers: [DistrictFiguresService],
})
export class ReportsModule {}
