import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LEGAL_BASES, type ConfidenceVoteState, type LegalBasis } from '@personnel/contracts';
import { ConferenceBodyDto, MAX_CONFIDENCE_HOLDERS, oneOf, TrimmedText } from '../../procedures/dto/fields';
import { PageQueryDto } from '../../registry/common/paging.dto';
import { IsCode } from '../../registry/common/validators';

const STATES: ConfidenceVoteState[] = ['in_progress', 'completed', 'withdrawn'];

/** One post holder whose confidence is asked. */
export class ConfidenceHolderDto {
  @ApiProperty({ example: 'CB-0001' })
  @IsString()
  @IsCode()
  cadreId!: string;

  @ApiProperty({ example: 'QA-CT-UBND', description: 'The post the cadre holds now in the unit' })
  @IsString()
  @IsCode()
  postId!: string;
}

/** ConfidenceVoteTiming overrides: tests and demos only. */
export class ConfidenceTimingDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(365) taskWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(30) reminderWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) conferenceDeadlineMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) workingDayMs?: number;
}

/** StartConfidenceVoteRequest. */
export class StartConfidenceVoteDto {
  @ApiProperty({ example: 'DH-QA', description: 'The unit whose post holders are voted on' })
  @IsString()
  @IsCode()
  unitCode!: string;

  @ApiProperty({ example: 2025, description: 'The year the vote is for' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ type: [ConfidenceHolderDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONFIDENCE_HOLDERS)
  @ValidateNested({ each: true })
  @Type(() => ConfidenceHolderDto)
  holders!: ConfidenceHolderDto[];

  @ApiProperty({ type: ConferenceBodyDto, description: 'The key-cadre conference that votes' })
  @IsObject()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  keyCadres!: ConferenceBodyDto;

  @ApiProperty({
    type: ConferenceBodyDto,
    description: 'The leadership collective; its head decides each dismissal proposal',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  collective!: ConferenceBodyDto;

  @ApiPropertyOptional({ enum: LEGAL_BASES, description: 'Default: by today (QĐ 377 from 2025-10-08)' })
  @IsOptional()
  @IsIn(LEGAL_BASES as LegalBasis[], oneOf(LEGAL_BASES))
  legalBasis?: LegalBasis;

  @ApiPropertyOptional({
    type: ConfidenceTimingDto,
    description: 'Only when APPOINTMENT_TIMING_OVERRIDES=true',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConfidenceTimingDto)
  timing?: ConfidenceTimingDto;
}

export class ListConfidenceVotesDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATES })
  @IsOptional()
  @IsIn(STATES, oneOf(STATES))
  state?: ConfidenceVoteState;

  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: 'DH-QA', description: 'A unit and its subtree, inside your scope' })
  @IsOptional()
  @IsString()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ example: 'CB-0001', description: 'Votes that asked about this cadre' })
  @IsOptional()
  @IsString()
  @IsCode()
  cadreId?: string;
}

export class UnitHoldersQueryDto {
  @ApiProperty({ example: 'DH-QA' })
  @IsString()
  @IsCode()
  unitCode!: string;
}

export class ConfidenceReasonDto {
  @TrimmedText({ example: 'Đơn vị sáp nhập, lấy phiếu sau khi kiện toàn tổ chức', max: 2000 })
  reason!: string;
}
