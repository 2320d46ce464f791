import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser, BulkDecideItemResult, TaskCommandAnswer } from '@personnel/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Refusals, TASK_ROLES } from '../appointments/appointment-routes';
import { REASSIGN_ROLES } from '@personnel/domain';
import {
  BulkDecideDto,
  CommentTaskDto,
  DecideTaskDto,
  DelegateTaskDto,
  ReassignTaskDto,
  TaskAnnotationDto,
} from './dto/task-commands.dto';
import { TaskAnnotationsService } from './task-annotations.service';
import { taskKeyFrom, workflowIdFrom } from './task-path';
import { TaskCommandsService } from './task-commands.service';

const WORKFLOW_ID_PARAM = {
  name: 'workflowId',
  description: 'The procedure’s workflow id with its slashes (or percent-encoded)',
  example: 'appointment/QA-CT-UBND/1',
};
const TASK_KEY_PARAM = { name: 'taskKey', example: 'r1-org-office' };

/**
 * The one task API for every procedure kind: claim, give back, delegate, decide, comment on and
 * reassign a task by its procedure's workflow id and its key. Each answers what the command changed
 * (TaskCommandAnswer), not the whole procedure.
 */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/v1/tasks')
export class TaskCommandsController {
  constructor(
    private readonly tasks: TaskCommandsService,
    private readonly annotations: TaskAnnotationsService,
  ) {}

  // Declared before the wildcard routes, which would otherwise read "bulk-decide" as a workflow id.
  @Post('bulk-decide')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve up to 50 tasks, each its own command; one refusal does not stop the others',
  })
  @ApiOkResponse({ description: 'One result per item, in order' })
  bulkDecide(
    @Body() body: BulkDecideDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BulkDecideItemResult[]> {
    return this.tasks.bulkApprove(body, user);
  }

  @Post('*workflowId/:taskKey/claim')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim a group task' })
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiParam(TASK_KEY_PARAM)
  @Refusals()
  claim(
    @Param('workflowId') workflowId: string | string[],
    @Param('taskKey') taskKey: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    return this.tasks.claim(workflowIdFrom(workflowId), taskKeyFrom(taskKey), user);
  }

  @Post('*workflowId/:taskKey/unclaim')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Give a claimed task back to the group' })
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiParam(TASK_KEY_PARAM)
  @Refusals()
  unclaim(
    @Param('workflowId') workflowId: string | string[],
    @Param('taskKey') taskKey: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    return this.tasks.unclaim(workflowIdFrom(workflowId), taskKeyFrom(taskKey), user);
  }

  @Post('*workflowId/:taskKey/delegate')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Name a stand-in for a task you hold, within a date window' })
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiParam(TASK_KEY_PARAM)
  @Refusals()
  delegate(
    @Param('workflowId') workflowId: string | string[],
    @Param('taskKey') taskKey: string,
    @Body() body: DelegateTaskDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    return this.tasks.delegate(workflowIdFrom(workflowId), taskKeyFrom(taskKey), body, user);
  }

  @Post('*workflowId/:taskKey/decide')
  @Roles(...TASK_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve, reject or return a sign-off (reject and return need a comment)' })
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiParam(TASK_KEY_PARAM)
  @Refusals()
  decide(
    @Param('workflowId') workflowId: string | string[],
    @Param('taskKey') taskKey: string,
    @Body() body: DecideTaskDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    return this.tasks.decide(workflowIdFrom(workflowId), taskKeyFrom(taskKey), body, user);
  }

  @Post('*workflowId/:taskKey/comment')
  @Roles(...TASK_ROLES, 'hr_officer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Comment on a task without a verdict (journaled; those who take part, or a manager)',
  })
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiParam(TASK_KEY_PARAM)
  @Refusals()
  comment(
    @Param('workflowId') workflowId: string | string[],
    @Param('taskKey') taskKey: string,
    @Body() body: CommentTaskDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    return this.tasks.comment(workflowIdFrom(workflowId), taskKeyFrom(taskKey), body, user);
  }

  @Post('*workflowId/:taskKey/reassign')
  @Roles(...REASSIGN_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'A manager (org_office, leader) gives an open sign-off to another person' })
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiParam(TASK_KEY_PARAM)
  @Refusals()
  reassign(
    @Param('workflowId') workflowId: string | string[],
    @Param('taskKey') taskKey: string,
    @Body() body: ReassignTaskDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    return this.tasks.reassign(workflowIdFrom(workflowId), taskKeyFrom(taskKey), body, user);
  }

  @Put('*workflowId/:taskKey/annotation')
  @Roles(...TASK_ROLES, 'hr_officer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set your follow-up date and priority of a task you hold (an inbox annotation)' })
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiParam(TASK_KEY_PARAM)
  @ApiNoContentResponse({ description: 'Stored' })
  @Refusals()
  async annotate(
    @Param('workflowId') workflowId: string | string[],
    @Param('taskKey') taskKey: string,
    @Body() body: TaskAnnotationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.annotations.set(workflowIdFrom(workflowId), taskKeyFrom(taskKey), body, user);
  }
}
