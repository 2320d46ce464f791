import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuthenticatedUser, ProcedureDetail } from '@personnel/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import { badRequest } from '../http/validation.pipe';
import { badPercentEncoding } from './procedure-access';
import { ProcedureReadsService } from './procedure-reads.service';

const PREFIX = '/api/v1/procedures/';

/**
 * The workflow id after the prefix, raw (`appointment/QA-CT/1`) or percent-encoded as one segment
 * (`appointment%2FQA-CT%2F1`): read from the URL itself, since a wildcard parameter splits on `/`.
 */
export function workflowIdOf(request: Request): string {
  const path = request.originalUrl.split('?')[0];
  const raw = path.startsWith(PREFIX) ? path.slice(PREFIX.length) : '';
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badRequest([badPercentEncoding()]);
  }
}

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/v1/procedures')
export class ProceduresController {
  constructor(private readonly reads: ProcedureReadsService) {}

  @Get('*workflowId')
  @ApiOperation({
    summary:
      'One procedure of any kind by its workflow id (e.g. /api/v1/procedures/appointment/QA-CT/1): row, journal, tasks with your actions',
  })
  @ApiParam({ name: 'workflowId', type: String, example: 'appointment/QA-CT-UBND/1' })
  @ApiOkResponse({ description: 'ProcedureDetail; 404 when unknown or outside your unit scope' })
  async get(@Req() request: Request, @CurrentUser() user: AuthenticatedUser): Promise<ProcedureDetail> {
    return this.reads.get(workflowIdOf(request), user);
  }
}
