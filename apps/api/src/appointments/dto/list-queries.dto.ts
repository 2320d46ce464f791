import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  APPOINTMENT_STATES,
  TASK_KINDS,
  TASK_SORTS,
  type TaskSort,
  type AppointmentStage,
  type AppointmentState,
  type InboxScope,
  type TaskKind,
  type TaskStatus,
} from '@personnel/contracts';
import { PageQueryDto } from '../../registry/common/paging.dto';
import { IsCode, QueryBoolean } from '../../registry/common/validators';
import { oneOf } from '../../procedures/dto/fields';

const TASK_STATUSES: TaskStatus[] = ['waiting', 'open', 'done', 'cancelled'];
const STAGES: AppointmentStage[] = [
  'eligibility_check',
  'awaiting_exception',
  'collective_proposes',
  'expanded_conference',
  'collective_selects',
  'key_cadre_conference',
  'home_unit_consultation',
  'collective_votes',
  'sign_off',
  'returned_for_revision',
  'awaiting_decision',
  'in_term',
  'reappointment',
  'closed',
];
const SCOPES: InboxScope[] = ['mine', 'claimable', 'all', 'done'];

/** GET /api/v1/appointments */
export class ListAppointmentsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPOINTMENT_STATES })
  @IsOptional()
  @IsIn(APPOINTMENT_STATES as AppointmentState[], oneOf(APPOINTMENT_STATES))
  state?: AppointmentState;

  @ApiPropertyOptional({ enum: STAGES })
  @IsOptional()
  @IsIn(STAGES, oneOf(STAGES))
  stage?: AppointmentStage;

  @ApiPropertyOptional({ description: 'Unit code: that unit and its subtree (within your own scope)' })
  @IsOptional()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ description: 'Procedures weighing this cadre' })
  @IsOptional()
  @IsCode()
  candidateId?: string;

  @ApiPropertyOptional({ description: 'Procedures proposed by this HR officer' })
  @IsOptional()
  @IsCode()
  proposedBy?: string;

  @ApiPropertyOptional({ description: 'Only procedures past their due date' })
  @IsOptional()
  @QueryBoolean()
  overdue?: boolean;
}

/** GET /api/v1/tasks */
export class ListTasksDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SCOPES, default: 'mine' })
  @IsOptional()
  @IsIn(SCOPES, oneOf(SCOPES))
  scope: InboxScope = 'mine';

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES, oneOf(TASK_STATUSES))
  status?: TaskStatus;

  @ApiPropertyOptional({ enum: TASK_KINDS })
  @IsOptional()
  @IsIn(TASK_KINDS as TaskKind[], oneOf(TASK_KINDS))
  kind?: TaskKind;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    description: 'Free text: a candidate’s name (diacritics optional) or code, the post, the unit, the task',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: TASK_SORTS, default: 'urgency', description: 'Applied across every page' })
  @IsOptional()
  @IsIn(TASK_SORTS as TaskSort[], oneOf(TASK_SORTS))
  sort?: TaskSort;
}

/** GET /api/v1/tasks/counts: the narrowing of the list, without the tab and the page. */
export class TaskCountsDto {
  @ApiPropertyOptional({ enum: TASK_KINDS })
  @IsOptional()
  @IsIn(TASK_KINDS as TaskKind[], oneOf(TASK_KINDS))
  kind?: TaskKind;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
