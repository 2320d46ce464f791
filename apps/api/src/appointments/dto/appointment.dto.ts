import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  APPOINTMENT_STATES,
  CANDIDATE_SOURCES,
  LEGAL_BASES,
  SIGN_OFF_KEY_PATTERN,
  SIGN_OFF_MODES,
  TASK_VERDICTS,
  type AppointmentStage,
  type AppointmentState,
  type CandidateSource,
  type InboxScope,
  type LegalBasis,
  type SignOffMode,
  type TaskKind,
  type TaskStatus,
  type TaskVerdict,
} from '@personnel/contracts';
import { PageQueryDto } from '../../registry/common/paging.dto';
import { CODE_MESSAGE, IsCalendarDate, IsCode, QueryBoolean } from '../../registry/common/validators';

const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });

/** The most candidates a local procedure weighs (the planning pool of the post). */
export const MAX_LOCAL_CANDIDATES = 3;
export const MAX_SIGN_OFF_STEPS = 10;
export const MAX_BODY_MEMBERS = 60;

export class ConferenceBodyDto {
  @ApiProperty({ example: ['U-BTV-01', 'U-BTV-02', 'U-BTV-03'], description: 'User codes summoned' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BODY_MEMBERS)
  @ArrayUnique({ message: '$property must not name a member twice' })
  @IsCode({ each: true })
  summonedIds!: string[];

  @ApiProperty({ example: 'U-BTV-07', description: 'Records attendance and the tally' })
  @IsString()
  @IsCode()
  secretaryId!: string;

  @ApiProperty({ example: 'U-BT-01', description: 'Decides an exact 50 % vote' })
  @IsString()
  @IsCode()
  headId!: string;
}

export class SignOffStepDto {
  @ApiProperty({
    example: 'org-office',
    description: 'Unique in the chain, [a-z0-9-], at most 40 characters',
  })
  @IsString()
  @Matches(SIGN_OFF_KEY_PATTERN, {
    message:
      '$property must be lower-case letters, digits and dashes (at most 40), starting with a letter or digit',
  })
  key!: string;

  @ApiProperty({ example: 'Cơ quan Tổ chức - Nội vụ thẩm định' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label!: string;

  @ApiProperty({
    example: ['U-TCNV-01'],
    description: 'One: a personal task; several: a group task one claims',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsCode({ each: true })
  assigneeIds!: string[];

  @ApiPropertyOptional({ example: 'U-BT-01', description: 'Added as an assignee when the task is overdue' })
  @IsOptional()
  @IsString()
  @IsCode()
  escalateToId?: string;
}

export class TimingDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(365) taskWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(730) procedureWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(30) reminderWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) conferenceDeadlineMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) workingDayMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1000) termMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(100) reappointmentNoticeMs?: number;
}

export class StartAppointmentDto {
  @ApiProperty({
    example: ['CB-0001'],
    description: '1 for an outside candidate, 1-3 (the planning pool) local',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LOCAL_CANDIDATES)
  @ArrayUnique({ message: '$property must not name a cadre twice' })
  @IsString({ each: true })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { each: true, message: CODE_MESSAGE })
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

  @ApiProperty({ type: ConferenceBodyDto, description: 'The leadership collective' })
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  collective!: ConferenceBodyDto;

  @ApiPropertyOptional({ type: ConferenceBodyDto, description: 'Local candidates: the expanded conference' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  expandedConference?: ConferenceBodyDto;

  @ApiPropertyOptional({ type: ConferenceBodyDto, description: 'Local candidates: the key-cadre conference' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  keyCadreConference?: ConferenceBodyDto;

  @ApiPropertyOptional({
    type: ConferenceBodyDto,
    description: "Outside candidate: the home unit's key cadres",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  homeUnitConference?: ConferenceBodyDto;

  @ApiProperty({ enum: SIGN_OFF_MODES })
  @IsIn(SIGN_OFF_MODES as SignOffMode[], oneOf(SIGN_OFF_MODES))
  signOffMode!: SignOffMode;

  @ApiProperty({ type: [SignOffStepDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SIGN_OFF_STEPS)
  @ValidateNested({ each: true })
  @Type(() => SignOffStepDto)
  signOff!: SignOffStepDto[];

  @ApiProperty({ example: 'U-CT-01', description: 'Signs the decision' })
  @IsString()
  @IsCode()
  signerId!: string;

  @ApiPropertyOptional({ type: [String], description: 'Ids from POST /api/v1/documents' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: '$property must be document ids (UUIDs)' })
  documentIds?: string[];

  @ApiPropertyOptional({
    type: TimingDto,
    description: 'Only when the API runs with APPOINTMENT_TIMING_OVERRIDES=true',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TimingDto)
  timing?: TimingDto;
}

const TASK_STATUSES: TaskStatus[] = ['waiting', 'open', 'done', 'cancelled'];
const TASK_KINDS: TaskKind[] = [
  'exception',
  'sign_off',
  'revision',
  'decision',
  'conference',
  'reconvene',
  'self_assessment',
];
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

const SCOPES: InboxScope[] = ['mine', 'claimable', 'all'];

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
  @IsIn(TASK_KINDS, oneOf(TASK_KINDS))
  kind?: TaskKind;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  overdue?: boolean;
}

export class ReasonDto {
  @ApiProperty({
    example: 'Cán bộ có năng lực nổi trội, đơn vị cần gấp, đã báo cáo Ban Thường vụ.',
    maxLength: 2000,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

/** The most a reason to convene a conference again may say. */
export const MAX_RECONVENE_REASON = 1000;

/** ReconveneRequest: why the step is convened again (trimmed; blank is refused). */
export class ReconveneDto {
  @ApiProperty({
    example: 'Hội nghị không đủ số lượng tham dự; triệu tập lại vào tuần sau.',
    maxLength: MAX_RECONVENE_REASON,
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: '$property must not be empty' })
  @MaxLength(MAX_RECONVENE_REASON)
  reason!: string;
}

/** The most a reason to change the conference bodies may say. */
export const MAX_CHANGE_BODIES_REASON = 1000;

/** ChangeBodiesRequest: the bodies that sit from now on (at least one), with the reason. */
export class ChangeBodiesDto {
  @ApiPropertyOptional({ type: ConferenceBodyDto, description: 'The leadership collective' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  collective?: ConferenceBodyDto;

  @ApiPropertyOptional({ type: ConferenceBodyDto, description: 'Local candidates: the expanded conference' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  expandedConference?: ConferenceBodyDto;

  @ApiPropertyOptional({ type: ConferenceBodyDto, description: 'Local candidates: the key-cadre conference' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  keyCadreConference?: ConferenceBodyDto;

  @ApiPropertyOptional({ type: ConferenceBodyDto, description: "Outside candidate: the home unit's key cadres" })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  homeUnitConference?: ConferenceBodyDto;

  @ApiProperty({
    example: 'Đồng chí U-M3 nghỉ hưu; Ban Thường vụ khóa mới.',
    maxLength: MAX_CHANGE_BODIES_REASON,
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: '$property must not be empty' })
  @MaxLength(MAX_CHANGE_BODIES_REASON)
  reason!: string;
}

export class DecideTaskDto {
  @ApiProperty({ enum: TASK_VERDICTS })
  @IsIn(TASK_VERDICTS as TaskVerdict[], oneOf(TASK_VERDICTS))
  verdict!: TaskVerdict;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required for reject and return' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
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

  @ApiProperty({ example: 'Đi công tác' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

export class ResubmitDto {
  @ApiProperty({ example: 'Đã bổ sung giấy khám sức khỏe.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  comment!: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: '$property must be document ids (UUIDs)' })
  documentIds?: string[];
}

/** The fewest and the most characters of a self-assessment's summary (the workflow asks at least 20). */
export const MIN_SELF_ASSESSMENT_SUMMARY = 20;
export const MAX_SELF_ASSESSMENT_SUMMARY = 4000;

/** SelfAssessmentRequest: the holder's account of the term (trimmed), with documents already uploaded. */
export class SelfAssessmentDto {
  @ApiProperty({
    example: 'Hoàn thành tốt nhiệm vụ trong nhiệm kỳ; chỉ tiêu kinh tế - xã hội của xã đều đạt và vượt.',
    minLength: MIN_SELF_ASSESSMENT_SUMMARY,
    maxLength: MAX_SELF_ASSESSMENT_SUMMARY,
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(MIN_SELF_ASSESSMENT_SUMMARY)
  @MaxLength(MAX_SELF_ASSESSMENT_SUMMARY)
  summary!: string;

  @ApiPropertyOptional({ type: [String], description: 'Ids from POST /api/v1/documents' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: '$property must be document ids (UUIDs)' })
  documentIds?: string[];
}

export class IssueDecisionDto {
  @ApiProperty({ example: '125/QĐ-UBND' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  number!: string;

  @ApiProperty({ example: '2025-12-01' })
  @IsCalendarDate()
  effectiveDate!: string;
}

export class BulkItemDto {
  @ApiProperty({ example: 'appointment/QA-CT-UBND/1' })
  @IsString()
  @MaxLength(200)
  appointmentId!: string;

  @ApiProperty({ example: 'r1-org-office' })
  @IsString()
  @MaxLength(100)
  taskKey!: string;
}

export const MAX_BULK_ITEMS = 50;

export class BulkApproveDto {
  @ApiProperty({ type: [BulkItemDto], maxItems: MAX_BULK_ITEMS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => BulkItemDto)
  items!: BulkItemDto[];

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

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
