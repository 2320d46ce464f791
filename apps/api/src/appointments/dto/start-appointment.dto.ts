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
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CANDIDATE_SOURCES, LEGAL_BASES, type CandidateSource, type LegalBasis } from '@personnel/contracts';
import { IsCode } from '../../registry/common/validators';
import {
  ConferenceBodyDto,
  DocumentIds,
  MAX_LOCAL_CANDIDATES,
  MAX_SIGN_OFF_STEPS,
  oneOf,
  OptionalBody,
  SignOffStepDto,
} from '../../procedures/dto/fields';
import { SIGN_OFF_MODES, type SignOffMode } from '@personnel/contracts';

export class TimingDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(365) taskWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(730) procedureWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(30) reminderWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) conferenceDeadlineMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) workingDayMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) termMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) reappointmentNoticeMs?: number;
}

/** A standing body of the registry (uuid or code) for each conference not named member by member. */
export class StandingBodyIdsDto {
  @ApiPropertyOptional({ example: 'DH-BTV' }) @IsOptional() @IsString() @MaxLength(64) collective?: string;
  @ApiPropertyOptional({ example: 'DH-QA-MR' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  expandedConference?: string;
  @ApiPropertyOptional({ example: 'DH-QA-CC' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  keyCadreConference?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) homeUnitConference?: string;
}

/**
 * StartAppointmentRequest: the candidates and post, the bodies of the source (members, or a standing
 * body each), the sign-off chain and signer (default: the post's sign-off template). The parties are
 * those of ProcedurePartiesDto, each optional here because the registry can supply it.
 */
export class StartAppointmentDto {
  @OptionalBody('The leadership collective (or standingBodyIds.collective)')
  collective?: ConferenceBodyDto;

  @ApiPropertyOptional({ type: StandingBodyIdsDto, description: 'Copied into the procedure at its start' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => StandingBodyIdsDto)
  standingBodyIds?: StandingBodyIdsDto;

  @ApiPropertyOptional({ enum: SIGN_OFF_MODES, description: "Default: the post's sign-off template" })
  @IsOptional()
  @IsIn(SIGN_OFF_MODES as SignOffMode[], oneOf(SIGN_OFF_MODES))
  signOffMode?: SignOffMode;

  @ApiPropertyOptional({ type: [SignOffStepDto], description: "Default: the post's sign-off template" })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SIGN_OFF_STEPS)
  @ValidateNested({ each: true })
  @Type(() => SignOffStepDto)
  signOff?: SignOffStepDto[];

  @ApiPropertyOptional({ example: 'U-BT-01', description: "Signs the decision; default: the template's" })
  @IsOptional()
  @IsString()
  @IsCode()
  signerId?: string;

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
