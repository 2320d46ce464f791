import { ApiProperty } from '@nestjs/swagger';
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
  ValidateNested,
} from 'class-validator';
import { IsCode } from '../../registry/common/validators';
import { MAX_BODY_MEMBERS, MAX_LOCAL_CANDIDATES } from './fields';

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

export class TallyDto {
  @ApiProperty({ example: 7 })
  @IsInt()
  @Min(0)
  ballotsCast!: number;

  @ApiProperty({ type: [CandidateVotesDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LOCAL_CANDIDATES)
  @ValidateNested({ each: true })
  @Type(() => CandidateVotesDto)
  votes!: CandidateVotesDto[];

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
