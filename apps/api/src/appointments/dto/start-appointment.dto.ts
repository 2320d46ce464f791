import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
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
import { CANDIDATE_SOURCES, LEGAL_BASES, type CandidateSource, type LegalBasis } from '@personnel/contracts';
import { IsCode } from '../../registry/common/validators';
import {
  ConferenceBodyDto,
  DocumentIds,
  MAX_LOCAL_CANDIDATES,
  oneOf,
  OptionalBody,
  ProcedurePartiesDto,
} from '../../procedures/dto/fields';

export class TimingDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(365) taskWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(730) procedureWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(30) reminderWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) conferenceDeadlineMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) workingDayMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) termMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) reappointmentNoticeMs?: number;
}

/** StartAppointmentRequest: the candidates and post, the bodies of the source, the shared parties. */
export class StartAppointmentDto extends ProcedurePartiesDto {
  @ApiProperty({
    example: ['CB-0001'],
    description: '1 for an outside candidate, 1-3 (the planning pool) local',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LOCAL_CANDIDATES)
  @ArrayUnique({ message: '$property must not name a cadre twice' })
  @IsString({ each: true })
  @IsCode({ each: true })
  candidateIds!: string[];

  @ApiProperty({ example: 'QA-CT-UBND', description: 'Post code' })
  @IsString()
  @IsCode()
  postId!: string;

  @ApiProperty({ enum: CANDIDATE_SOURCES })
  @IsIn(CANDIDATE_SOURCES as CandidateSource[], oneOf(CANDIDATE_SOURCES))
  source!: CandidateSource;

  @ApiPropertyOptional({ enum: LEGAL_BASES, description: 'Default: the basis in force today' })
  @IsOptional()
  @IsIn(LEGAL_BASES as LegalBasis[], oneOf(LEGAL_BASES))
  legalBasis?: LegalBasis;

  @OptionalBody('Local candidates: the expanded conference')
  expandedConference?: ConferenceBodyDto;

  @OptionalBody('Local candidates: the key-cadre conference')
  keyCadreConference?: ConferenceBodyDto;

  @OptionalBody("Outside candidate: the home unit's key cadres")
  homeUnitConference?: ConferenceBodyDto;

  @DocumentIds()
  documentIds?: string[];

  @ApiPropertyOptional({
    type: TimingDto,
    description: 'Only when the API runs with APPOINTMENT_TIMING_OVERRIDES=true',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TimingDto)
  timing?: TimingDto;
}
