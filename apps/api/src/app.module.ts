import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { ApiConfig, Logger } from '@personnel/config';
import { AppointmentsModule } from './appointments/appointments.module';
import { AuditController } from './audit/audit.controller';
import { AuthModule } from './auth/auth.module';
import { DocumentsController } from './documents/documents.controller';
import { DossiersModule } from './dossiers/dossiers.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { MetricsModule } from './metrics/metrics.module';
import { ProceduresModule } from './procedures/procedures.module';
import { RegistryModule } from './registry/registry.module';
import { ReportsModule } from './reports/reports.module';
import { RotationPlansModule } from './rotation-plans/rotation-plans.module';
import { PlansModule } from './plans/plans.module';
import { RotationsModule } from './rotations/rotations.module';
import { TrainingModule } from './training/training.module';
import { ConfidenceVotesModule } from './confidence-votes/confidence-votes.module';
import { UsersController } from './users/users.controller';
import { MeNotificationsController } from './users/me-notifications.controller';
import { UserAddressesController } from './users/user-addresses.controller';

/** Small features that are one controller over what the feature modules export. */
@Module({
  imports: [ProceduresModule, AppointmentsModule],
  controllers: [
    AuditController,
    UsersController,
    UserAddressesController,
    MeNotificationsController,
    DocumentsController,
  ],
})
class OperationsModule {}

/** The API: infrastructure first, then the guard, the features; one exception filter for all. */
@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config, logger),
        MetricsModule,
        HealthModule,
        AuthModule,
        ProceduresModule,
        DossiersModule,
        AppointmentsModule,
        RegistryModule,
        RotationsModule,
        PlansModule,
        ConfidenceVotesModule,
        RotationPlansModule,
        TrainingModule,
        OperationsModule,
        ReportsModule,
        EventsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
