import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  ASSIGNMENT_KINDS,
  DISCIPLINE_FORMS,
  EVALUATION_RATINGS,
  type AssignmentKind,
  type DisciplineForm,
  type EvaluationRating,
} from '@personnel/contracts';
import { TrimmedText } from '../../procedures/dto/fields';
import { IsCalendarDate, IsCode, IsPastDate } from '../common/validators';

const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });

export class CreateAssignmentDto {
  @ApiProperty({ enum: ASSIGNMENT_KINDS })
  @IsIn(ASSIGNMENT_KINDS as AssignmentKind[], oneOf(ASSIGNMENT_KINDS))
  kind!: AssignmentKind;

  @ApiProperty({ example: 'QA-CT-UBND', description: 'The post (its unit is the assignment’s unit)' })
  @IsString()
  @IsCode()
  postCode!: string;

  @ApiProperty({ example: '2026-01-15' })
  @IsCalendarDate()
  fromDate!: string;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: String,
    description:
      'Absent: the new current post, and the current assignment ends the day before fromDate. Set: a past assignment.',
  })
  @IsOptional()
  @IsCalendarDate()
  toDate?: string | null;

  @ApiPropertyOptional({ example: '123/QĐ-UBND', maxLength: 200, description: 'Reference of the decision' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  decisionRef?: string | null;
}

export class CreateEvaluationDto {
  @ApiProperty({ example: 2025, minimum: 1945 })
  @IsInt()
  @Min(1945)
  @Max(2200)
  year!: number;

  @ApiProperty({ enum: EVALUATION_RATINGS })
  @IsIn(EVALUATION_RATINGS as EvaluationRating[], oneOf(EVALUATION_RATINGS))
  rating!: EvaluationRating;
}

export class CreateDisciplineDto {
  @ApiProperty({
    enum: DISCIPLINE_FORMS,
    description: 'reprimand (khiển trách), warning (cảnh cáo), removal (cách chức)',
  })
  @IsIn(DISCIPLINE_FORMS as DisciplineForm[], oneOf(DISCIPLINE_FORMS))
  form!: DisciplineForm;

  @ApiProperty({ example: '2023-04-10' })
  @IsPastDate()
  decidedAt!: string;

  @ApiProperty({ example: 'Vi phạm quy chế làm việc', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

export class CreateTrainingCompletionDto {
  @ApiProperty({ example: 'CT05' })
  @IsString()
  @IsCode()
  courseCode!: string;

  @ApiProperty({ example: '2024-09-20' })
  @IsPastDate()
  completedAt!: string;
}

export class CreatePlanningEntryDto {
  @ApiProperty({ example: 'QA-CT-UBND' })
  @IsString()
  @IsCode()
  postCode!: string;

  @ApiProperty({ example: '2025-2030', description: 'Planning term, YYYY-YYYY' })
  @IsString()
  @Matches(/^(\d{4})-(\d{4})$/, {
    message: '$property must be a term written YYYY-YYYY, e.g. 2025-2030',
    context: { code: 'not_term' },
  })
  term!: string;

  @ApiProperty({ example: '2025-03-01' })
  @IsCalendarDate()
  fromDate!: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Set once taken out of the planning' })
  @IsOptional()
  @IsCalendarDate()
  toDate?: string | null;

  @TrimmedText({
    example: 'Ban Thường vụ Huyện ủy Đầm Hà',
    max: 200,
    description: 'Who approved the planning (an import says it, as a plan procedure records its signer)',
  })
  approvedBy!: string;

  @TrimmedText({ example: '15-QĐ/HU', max: 64, description: 'The number of the approving decision' })
  decisionRef!: string;
}
