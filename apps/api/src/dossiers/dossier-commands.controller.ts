import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser, ProcedureStatusBase } from '@personnel/contracts';
import { Refusals } from '../appointments/appointment-routes';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { workflowIdFrom } from '../tasks/task-path';
import { DossierCommandsService } from './dossier-commands.service';
import { AddDossierDocumentsDto, DossierExceptionDto } from './dto/dossier.dto';

const WORKFLOW_ID_PARAM = {
  name: 'workflowId',
  description: 'The procedure’s workflow id with its slashes (or percent-encoded)',
  example: 'appointment/QA-CT-UBND/1',
};

/**
 * A running procedure's dossier (the kit's dossier gate, every kind that checks one): HR adds uploaded
 * documents, and the gate judges the checklist again; a leader excuses an incomplete dossier with a
 * reason. Each answers the procedure's status after the command.
 */
@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/v1/procedures')
export class DossierCommandsController {
  constructor(private readonly dossiers: DossierCommandsService) {}

  @Post('*workflowId/dossier/documents')
  @Roles('hr_officer', 'org_office')
  @HttpCode(200)
  @ApiOperation({
    summary: "Add uploaded documents to a running procedure's dossier; the checklist is judged again",
  })
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiOkResponse({ description: 'The procedure status, its dossier judged again' })
  @Refusals()
  addDocuments(
    @Param('workflowId') workflowId: string | string[],
    @Body() body: AddDossierDocumentsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProcedureStatusBase> {
    return this.dossiers.addDocuments(workflowIdFrom(workflowId), body, user);
  }

  @Post('*workflowId/dossier/exception')
  @Roles('leader')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Let the procedure convene its conferences with an incomplete dossier, for a reason',
  })
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiOkResponse({ description: 'The procedure status' })
  @Refusals()
  grantException(
    @Param('workflowId') workflowId: string | string[],
    @Body() body: DossierExceptionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProcedureStatusBase> {
    return this.dossiers.grantException(workflowIdFrom(workflowId), body, user);
  }
}
