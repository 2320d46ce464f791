import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  PROCEDURE_ID_PATTERN,
  TASK_PRIORITIES,
  TASK_VERDICTS,
  type TaskPriority,
  type TaskVerdict,
} from '@personnel/contracts';
import { MAX_TASK_COMMENT } from '@personnel/domain';
import { MAX_REASON } from '../../appointments/dto/procedure-commands.dto';
import { oneOf, TrimmedText } from '../../procedures/dto/fields';
import { IsCalendarDate, IsCode } from '../../registry/common/validators';

/** Bodies of the one task API, /api/v1/tasks/{workflowId}/{taskKey}/…, for every procedure kind. */

export class DecideTaskDto {
  @ApiProperty({ enum: TASK_VERDICTS })
  @IsIn(TASK_VERDICTS as TaskVerdict[], oneOf(TASK_VERDICTS))
  verdict!: TaskVerdict;

  @ApiPropertyOptional({ maxLength: MAX_REASON, description: 'Required for reject and return' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REASON)
  comment?: string;
}

export class DelegateTaskDto {
  @ApiProperty({ example: 'U-PBT-01' })
  @IsString()
  @IsCode()
  toUserId!: string;

  @ApiProperty({ example: '2025-11-03' })
  @IsCalendarDate()
  validFrom!: string;

  @ApiProperty({ example: '2025-11-07' })
  @IsCalendarDate()
  validUntil!: string;

  @TrimmedText({ example: 'Đi công tác', max: MAX_REASON })
  reason!: string;
}

export class BulkItemDto {
  @ApiProperty({ example: 'appointment/QA-CT-UBND/1' })
  @IsString()
  @Matches(PROCEDURE_ID_PATTERN, {
    message: 'must look like <kind>/<code>[/<code>…], e.g. appointment/QA-CT/1',
  })
  workflowId!: string;

  @ApiProperty({ example: 'r1-org-office' })
  @IsString()
  @MaxLength(100)
  taskKey!: string;
}

export const MAX_BULK_ITEMS = 50;

export class BulkDecideDto {
  @ApiProperty({ type: [BulkItemDto], maxItems: MAX_BULK_ITEMS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => BulkItemDto)
  items!: BulkItemDto[];

  @ApiPropertyOptional({ maxLength: MAX_REASON })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REASON)
  comment?: string;
}

export class CommentTaskDto {
  @TrimmedText({ example: 'Đề nghị bổ sung bản kê khai tài sản', max: MAX_TASK_COMMENT })
  comment!: string;
}

export class ReassignTaskDto {
  @ApiProperty({ example: 'U-PBT-01', description: 'Who takes the task: it becomes their personal task' })
  @IsString()
  @IsCode()
  toUserId!: string;

  @TrimmedText({ example: 'Đồng chí được giao đang nghỉ ốm', max: MAX_REASON })
  reason!: string;
}

/** PUT …/annotation replaces both: a field left out or null is cleared. */
export class TaskAnnotationDto {
  @ApiPropertyOptional({ example: '2026-12-10', nullable: true, description: 'When you mean to look again' })
  @IsOptional()
  @IsCalendarDate()
  followUpOn?: string | null;

  @ApiPropertyOptional({ enum: TASK_PRIORITIES, nullable: true })
  @IsOptional()
  @IsIn(TASK_PRIORITIES as TaskPriority[], oneOf(TASK_PRIORITIES))
  priority?: TaskPriority | null;
}
