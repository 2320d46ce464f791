import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { ApiConfig, Logger } from '@personnel/config';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { HealthController } from './health/health.controller';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { DatabaseProvider } from './infrastructure/database.provider';
import { TemporalClientProvider } from './infrastructure/temporal-client.provider';
import { API_CONFIG, LOGGER } from './infrastructure/tokens';
import { NominationWorkflowsGateway } from './nominations/nomination-workflows.gateway';
import { NominationsController } from './nominations/nominations.controller';
import { NominationsService } from './nominations/nominations.service';
import { APPOINTMENT_CONTROLLERS, APPOINTMENT_PROVIDERS } from './appointments/appointments.providers';
import { DocumentsController } from './documents/documents.controller';
import { PROCEDURE_CONTROLLERS, PROCEDURE_PROVIDERS } from './procedures/procedures.providers';
import { ReportsController } from './reports/reports.controller';
import { TasksController } from './tasks/tasks.controller';
import { UsersController } from './users/users.controller';
import { REGISTRY_CONTROLLERS, REGISTRY_PROVIDERS } from './registry/registry.providers';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      controllers: [
        HealthController,
        AuthController,
        NominationsController,
        AuditController,
        ...APPOINTMENT_CONTROLLERS,
        ...PROCEDURE_CONTROLLERS,
        TasksController,
        UsersController,
        DocumentsController,
        ReportsController,
        ...REGISTRY_CONTROLLERS,
      ],
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        DatabaseProvider,
        TokenService,
        { provide: APP_GUARD, useClass: AuthGuard },
        TemporalClientProvider,
        NominationWorkflowsGateway,
        NominationsService,
        ...APPOINTMENT_PROVIDERS,
        ...PROCEDURE_PROVIDERS,
        ...REGISTRY_PROVIDERS,
      ],
    };
  }
}
