import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthenticatedUser, Page, TaskCounts, TaskView } from '@personnel/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import { ListTasksDto } from '../appointments/dto/appointment.dto';
import { TaskCountsDto } from '../appointments/dto/list-queries.dto';
import { UnitScope } from '../procedures/unit-scope';
import { conditional } from '../http/etag';
import { ProcedureStores } from '../procedures/procedure-stores';
import { toTaskView } from '../procedures/task-views';
import { todayInVietnam } from '../registry/common/today';

/**
 * The inbox of every procedure kind: tasks in the user's unit scope, each with how the user relates to
 * it and what they may do to it now (the domain's task rule, procedures/task-views.ts).
 */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/v1/tasks')
export class TasksController {
  constructor(
    private readonly stores: ProcedureStores,
    private readonly scope: UnitScope,
  ) {}

  // Declared before the list: a literal path, never a filter of it.
  @Get('counts')
  @ApiOperation({ summary: 'How many tasks each tab holds (open mine, claimable, all; done by you)' })
  @ApiOkResponse({ description: 'TaskCounts' })
  async counts(@Query() query: TaskCountsDto, @CurrentUser() user: AuthenticatedUser): Promise<TaskCounts> {
    return (await this.stores.inbox()).counts(user.username, {
      kind: query.kind,
      overdue: query.overdue,
      q: query.q,
      unitCodes: await this.scope.listCodes(user),
    });
  }

  @Get()
  @ApiOperation({
    summary:
      'Your tasks (mine: assigned, claimed, delegated to you; claimable: open group tasks nobody took; all: both; done: finished by you), sorted across pages (sort), searched (q). ETag/304',
  })
  @ApiOkResponse({ description: 'Page<TaskView>; 304 when If-None-Match names the current ETag' })
  async list(
    @Query() query: ListTasksDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Page<TaskView> | undefined> {
    const { etag, items, ...page } = await (
      await this.stores.inbox()
    ).list({
      userId: user.username,
      scope: query.scope,
      status: query.status,
      kind: query.kind,
      overdue: query.overdue,
      q: query.q,
      sort: query.sort,
      unitCodes: await this.scope.listCodes(user),
      limit: query.limit,
      offset: query.offset,
    });
    // The ETag covers the Vietnam date too, so a relation that changes at midnight changes the tag.
    const today = todayInVietnam();
    return conditional(
      request,
      response,
      { ...page, items: items.map((t) => toTaskView(t, user, today)) },
      etag,
    );
  }
}
