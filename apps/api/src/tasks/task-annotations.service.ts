import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '@personnel/contracts';
import { taskRelation } from '@personnel/domain';
import { procedureTasks, setTaskAnnotation } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { ProcedureAccess } from '../procedures/procedure-access';
import { todayInVietnam } from '../registry/common/today';
import type { TaskAnnotationDto } from './dto/task-commands.dto';

const NO_NAMES = { cadre: new Map(), post: new Map(), unit: new Map() };

/**
 * The follow-up date and priority of a task, set by whoever holds it now (its assignee, claimer or a
 * stand-in for today, libs/domain taskRelation). An inbox annotation written straight to Postgres, not a
 * workflow command: it changes nobody's right to act (docs/architecture.md, "The inbox").
 */
@Injectable()
export class TaskAnnotationsService {
  constructor(
    private readonly access: ProcedureAccess,
    private readonly database: DatabaseProvider,
  ) {}

  async set(
    workflowId: string,
    taskKey: string,
    dto: TaskAnnotationDto,
    user: AuthenticatedUser,
  ): Promise<void> {
    await this.access.scoped(workflowId, user);
    const connection = await this.database.connection();
    const task = (await procedureTasks(connection.manager, workflowId, NO_NAMES)).find(
      (t) => t.taskKey === taskKey,
    );
    if (!task) throw new NotFoundException(`There is no task ${taskKey} in ${workflowId}`);
    if (task.status !== 'open') throw new ConflictException(`Task ${taskKey} is ${task.status}, not open`);
    const relation = taskRelation(task, user.username, todayInVietnam());
    if (relation === 'other' || relation === 'claimable')
      throw new ForbiddenException(
        relation === 'claimable'
          ? 'Claim this group task before setting its follow-up date or priority'
          : `Only the holder of task ${taskKey} sets its follow-up date and priority; ${user.username} does not hold it`,
      );
    await setTaskAnnotation(connection, {
      workflowId,
      taskKey,
      followUpOn: dto.followUpOn ?? null,
      priority: dto.priority ?? null,
      updatedBy: user.username,
    });
  }
}
