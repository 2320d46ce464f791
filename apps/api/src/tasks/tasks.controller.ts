import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthenticatedUser, Page, TaskView } from '@personnel/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import { AppointmentStores } from '../appointments/appointment-stores';
import { ListTasksDto } from '../appointments/dto/appointment.dto';
import { UnitScope } from '../appointments/unit-scope';
import { conditional } from '../http/etag';

/** The inbox: tasks of the procedures in the user's unit scope, as they relate to the user. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/v1/tasks')
export class TasksController {
  constructor(
    private readonly stores: AppointmentStores,
    private readonly scope: UnitScope,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Your tasks (mine: assigned, claimed, delegated to you; claimable: open group tasks nobody took), overdue first. ETag/304',
  })
  @ApiOkResponse({ description: 'Page<TaskView>; 304 when If-None-Match names the current ETag' })
  async list(
    @Query() query: ListTasksDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Page<TaskView> | undefined> {
    const { etag, ...page } = await (
      await this.stores.inbox()
    ).list({
      userId: user.username,
      scope: query.scope,
      status: query.status,
      kind: query.kind,
      overdue: query.overdue,
      unitCodes: await this.scope.listCodes(user),
      limit: query.limit,
      offset: query.offset,
    });
    return conditional(request, response, page, etag);
  }
}
