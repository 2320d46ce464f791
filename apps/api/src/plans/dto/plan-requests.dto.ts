import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  LEGAL_BASES,
  PLAN_APPROVAL_CHOICES,
  PLAN_TERM_PATTERN,
  type LegalBasis,
  type PlanApprovalChoice,
  type PlanState,
} from '@personnel/contracts';
import { PageQueryDto } from '../../registry/common/paging.dto';
import { IsCalendarDate, IsCode } from '../../registry/common/validators';
import { ConferenceBodyDto, oneOf, TrimmedText } from '../../procedures/dto/fields';

const PLAN_STATES: PlanState[] = ['in_progress', 'in_force', 'ended', 'not_passed', 'rejected', 'withdrawn'];

export class PlanTimingDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(365) taskWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(30) reminderWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) conferenceDeadlineMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) workingDayMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) yearMs?: number;
}

/** StartPlanRequest. */
export class StartPlanDto {
  @ApiProperty({
    example: 'DH',
    description: 'The unit whose plan it is: its posts and those of every unit under it',
  })
  @IsString()
  @IsCode()
  unitCode!: string;

  @ApiProperty({
    example: '2025-2030',
    description: 'Five years: YYYY-YYYY with the second five after the first',
  })
  @IsString()
  @Matches(PLAN_TERM_PATTERN, {
    message: '$property must be a term like 2025-2030',
    context: { code: 'not_term' },
  })
  term!: string;

  @ApiPropertyOptional({ enum: LEGAL_BASES, description: 'Default: by the day (QĐ 377 from 2025-10-08)' })
  @IsOptional()
  @IsIn(LEGAL_BASES as LegalBasis[], oneOf(LEGAL_BASES))
  legalBasis?: LegalBasis;

  @ApiPropertyOptional({ type: [String], description: 'Others of HR who compose the pool with the proposer' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsCode({ each: true })
  hrIds?: string[];

  @ApiProperty({ type: ConferenceBodyDto, description: 'The key-cadre conference' })
  @IsObject()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  keyCadre!: ConferenceBodyDto;

  @ApiProperty({ type: ConferenceBodyDto, description: 'The leadership collective' })
  @IsObject()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  collective!: ConferenceBodyDto;

  @ApiProperty({ example: 'U-BT-01', description: 'Approves the plan' })
  @IsString()
  @IsCode()
  signerId!: string;

  @ApiPropertyOptional({ type: PlanTimingDto, description: 'Only when APPOINTMENT_TIMING_OVERRIDES=true' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PlanTimingDto)
  timing?: PlanTimingDto;
}

export class ListPlansDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'DH' })
  @IsOptional()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ example: '2025-2030' })
  @IsOptional()
  @Matches(PLAN_TERM_PATTERN, {
    message: '$property must be a term like 2025-2030',
    context: { code: 'not_term' },
  })
  term?: string;

  @ApiPropertyOptional({ enum: PLAN_STATES })
  @IsOptional()
  @IsIn(PLAN_STATES, oneOf(PLAN_STATES))
  state?: PlanState;
}

/** AddPlanCandidateRequest (and the live check's body). */
export class PlanCandidateDto {
  @ApiProperty({ example: 'DH-QA-CT-UBND' })
  @IsString()
  @IsCode()
  postCode!: string;

  @ApiProperty({ example: 'CB-0001' })
  @IsString()
  @IsCode()
  cadreId!: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  reason?: string;
}

/** RemovePlanCandidateRequest. */
export class RemovePlanCandidateDto {
  @ApiProperty({ example: 'DH-QA-CT-UBND' })
  @IsString()
  @IsCode()
  postCode!: string;

  @ApiProperty({ example: 'CB-0001' })
  @IsString()
  @IsCode()
  cadreId!: string;

  @TrimmedText({ example: 'Chuyển công tác khỏi huyện', min: 10, max: 4000 })
  reason!: string;
}

export class SubmitPlanDto {
  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  comment?: string;
}

/** DecidePlanRequest: approve with number and date; return or reject with a comment. */
export class DecidePlanDto {
  @ApiProperty({ enum: PLAN_APPROVAL_CHOICES })
  @IsIn(PLAN_APPROVAL_CHOICES as PlanApprovalChoice[], oneOf(PLAN_APPROVAL_CHOICES))
  choice!: PlanApprovalChoice;

  @ApiPropertyOptional({ example: '15-QĐ/HU', description: 'Approval: the decision number as printed' })
  @IsOptional()
  @IsString()
  number?: string;

  @ApiPropertyOptional({ example: '2026-03-01', description: 'Approval: the day the plan takes effect' })
  @IsOptional()
  @IsCalendarDate()
  effectiveDate?: string;

  @ApiPropertyOptional({ description: 'Return and reject: why (at least 10 characters)' })
  @IsOptional()
  @IsString()
  comment?: string;
}

export class WithdrawPlanDto {
  @TrimmedText({ example: 'Đơn vị sáp nhập theo đề án của tỉnh', min: 10, max: 4000 })
  reason!: string;
}
