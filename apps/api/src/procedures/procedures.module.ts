import { Module } from '@nestjs/common';
import { OfficialDocumentsController } from '../official-documents/official-documents.controller';
import { OfficialDocumentsService } from '../official-documents/official-documents.service';
import { TaskCommandsController } from '../tasks/task-commands.controller';
import { TaskCommandsService } from '../tasks/task-commands.service';
import { TaskAnnotationsService } from '../tasks/task-annotations.service';
import { TasksController } from '../tasks/tasks.controller';
import { CadreAccess } from './cadre-access';
import { DocumentAccess } from './document-access';
import { ConferenceCommands } from './conference-commands';
import { ProcedureAccess } from './procedure-access';
import { ProcedureReadsService } from './procedure-reads.service';
import { ProcedureStores } from './procedure-stores';
import { ProcedureWorkflowsGateway } from './procedure-workflows.gateway';
import { ProceduresController } from './procedures.controller';
import { UnitScope } from './unit-scope';
import { UpdateAnswers } from './update-answers';

/**
 * What every procedure kind shares: the one gateway to Temporal, the refusal table, the unit-scope
 * check on one row, the procedure reads, and the one task API (inbox and task commands). A kind's
 * module imports it and adds only its own routes.
 */
@Module({
  // The documents' routes first: the procedure read's wildcard would take `<id>/documents` otherwise.
  controllers: [OfficialDocumentsController, ProceduresController, TasksController, TaskCommandsController],
  providers: [
    UnitScope,
    CadreAccess,
    DocumentAccess,
    ProcedureStores,
    ProcedureAccess,
    ProcedureReadsService,
    ProcedureWorkflowsGateway,
    UpdateAnswers,
    TaskCommandsService,
    TaskAnnotationsService,
    ConferenceCommands,
    OfficialDocumentsService,
  ],
  exports: [
    UnitScope,
    CadreAccess,
    DocumentAccess,
    ProcedureStores,
    ProcedureAccess,
    ProcedureWorkflowsGateway,
    UpdateAnswers,
    ConferenceCommands,
  ],
})
export class ProceduresModule {}
