import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsString,
  Matches,
  Min,
  IsOptional,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCode } from '../../registry/common/validators';
import { MAX_BODY_MEMBERS, MAX_CONFERENCE_CANDIDATES, MAX_CONFIDENCE_HOLDERS } from './fields';

export class AttendanceDto {
  @ApiProperty({ example: ['U-BTV-01', 'U-BTV-02'] })
  @IsArray()
  @ArrayMaxSize(MAX_BODY_MEMBERS)
  @ArrayUnique()
  @IsCode({ each: true })
  present!: string[];
}

export class CandidateVotesDto {
  @ApiProperty({ example: 'CB-0001' })
  @IsString()
  @IsCode()
  candidateId!: string;

  @ApiProperty({ example: 5 })
  @IsInt()
  @Min(0)
  votes!: number;
}

/** A holder's three counts on a confidence ballot (QĐ 96). */
export class ConfidenceCountsDto {
  @ApiProperty({ example: 'CB-0001' })
  @IsString()
  @IsCode()
  candidateId!: string;

  @ApiProperty({ example: 5, description: 'Tín nhiệm cao' })
  @IsInt()
  @Min(0)
  high!: number;

  @ApiProperty({ example: 3, description: 'Tín nhiệm' })
  @IsInt()
  @Min(0)
  confidence!: number;

  @ApiProperty({ example: 1, description: 'Tín nhiệm thấp' })
  @IsInt()
  @Min(0)
  low!: number;
}

/**
 * The secretary's sealed tally: `votes` on an approval ballot, or `confidence` (three counts per
 * holder) on a confidence ballot. The conference's own workflow checks the counts against its ballot.
 */
export class TallyDto {
  @ApiProperty({ example: 7 })
  @IsInt()
  @Min(0)
  ballotsCast!: number;

  @ApiPropertyOptional({
    type: [CandidateVotesDto],
    description: 'An approval ballot: votes for each candidate',
  })
  @ValidateIf((o: TallyDto) => o.confidence === undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONFERENCE_CANDIDATES)
  @ValidateNested({ each: true })
  @Type(() => CandidateVotesDto)
  votes?: CandidateVotesDto[];

  @ApiPropertyOptional({
    type: [ConfidenceCountsDto],
    description: 'A confidence ballot: high, confidence and low for each holder',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONFIDENCE_HOLDERS)
  @ValidateNested({ each: true })
  @Type(() => ConfidenceCountsDto)
  confidence?: ConfidenceCountsDto[];

  @ApiProperty({ description: 'SHA-256 (hex) of the signed tally sheet' })
  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be 64 lower-case hex digits (SHA-256)' })
  sheetSha256!: string;
}

export class HeadDecisionDto {
  @ApiProperty({ example: 'CB-0001' })
  @IsString()
  @IsCode()
  candidateId!: string;

  @ApiProperty()
  @IsBoolean()
  approve!: boolean;
}
