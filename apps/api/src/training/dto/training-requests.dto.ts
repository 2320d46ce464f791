import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  TRAINING_CLASS_STAGES,
  TRAINING_CLASS_STATES,
  type TrainingClassStage,
  type TrainingClassState,
} from '@personnel/contracts';
import { CERTIFICATE_NUMBER_MAX, TRAINING_NOTE_MAX } from '@personnel/domain';
import { oneOf, TrimmedText } from '../../procedures/dto/fields';
import { PageQueryDto } from '../../registry/common/paging.dto';
import { IsCalendarDate, IsCode } from '../../registry/common/validators';

/** The largest class and the most entries one command carries. */
export const MAX_CAPACITY = 1000;
export const MAX_ENTRIES = 1000;

const optionalTrimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** TrainingClassTiming overrides: tests and demos only (APPOINTMENT_TIMING_OVERRIDES=true). */
export class TrainingTimingDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) sessionStartsAfterMs?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) sessionClosesAfterMs?: number;
}

/** StartTrainingClassRequest. */
export class StartTrainingClassDto {
  @ApiProperty({ example: 'CT05-2022-08', description: 'The class code: workflow id training/<classCode>' })
  @IsString()
  @IsCode()
  classCode!: string;

  @ApiProperty({ example: 'CT05', description: 'The course (registry training course code)' })
  @IsString()
  @IsCode()
  courseCode!: string;

  @TrimmedText({ example: 'Lớp học tập, quán triệt Chỉ thị 05-CT/TW, tháng 8/2022', max: 300 })
  title!: string;

  @ApiProperty({ example: '2022-08-15' })
  @IsCalendarDate()
  startDate!: string;

  @ApiProperty({ example: '2022-08-19', description: 'On or after startDate' })
  @IsCalendarDate()
  endDate!: string;

  @TrimmedText({ example: 'Trung tâm Chính trị huyện Đầm Hà', max: 300 })
  place!: string;

  @ApiProperty({ example: 'DH', description: 'The organising unit (within your unit scope)' })
  @IsString()
  @IsCode()
  unitCode!: string;

  @ApiPropertyOptional({ example: 60, minimum: 1, maximum: MAX_CAPACITY })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;

  @ApiPropertyOptional({
    type: TrainingTimingDto,
    description: 'Only when APPOINTMENT_TIMING_OVERRIDES=true',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TrainingTimingDto)
  timing?: TrainingTimingDto;
}

export class ListTrainingClassesDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'CT05' })
  @IsOptional()
  @IsString()
  @IsCode()
  courseCode?: string;

  @ApiPropertyOptional({ enum: TRAINING_CLASS_STATES })
  @IsOptional()
  @IsIn(TRAINING_CLASS_STATES as TrainingClassState[], oneOf(TRAINING_CLASS_STATES))
  state?: TrainingClassState;

  @ApiPropertyOptional({ enum: TRAINING_CLASS_STAGES })
  @IsOptional()
  @IsIn(TRAINING_CLASS_STAGES as TrainingClassStage[], oneOf(TRAINING_CLASS_STAGES))
  stage?: TrainingClassStage;

  @ApiPropertyOptional({ example: 'DH', description: 'Classes of this unit and its sub-units' })
  @IsOptional()
  @IsString()
  @IsCode()
  unitCode?: string;
}

/** EnrolTraineesRequest: exactly one of cadreId and unitCode (checked by the service, naming both). */
export class EnrolTraineesDto {
  @ApiPropertyOptional({ example: 'CB-0001', description: 'One cadre, by code' })
  @IsOptional()
  @IsString()
  @IsCode()
  cadreId?: string;

  @ApiPropertyOptional({ example: 'DH-QA', description: 'Every cadre currently assigned in this unit' })
  @IsOptional()
  @IsString()
  @IsCode()
  unitCode?: string;
}

export class WithdrawTraineeDto {
  @ApiProperty({ example: 'CB-0001' })
  @IsString()
  @IsCode()
  cadreId!: string;

  @ApiPropertyOptional({ example: 'Đi công tác dài ngày', maxLength: TRAINING_NOTE_MAX })
  @IsOptional()
  @optionalTrimmed()
  @IsString()
  @MaxLength(TRAINING_NOTE_MAX)
  reason?: string;
}

export class AttendanceEntryDto {
  @ApiProperty({ example: 'CB-0001' })
  @IsString()
  @IsCode()
  cadreId!: string;

  @ApiProperty({ example: true })
  @IsBoolean({ message: '$property must be true or false' })
  attended!: boolean;

  @ApiPropertyOptional({ example: 'Nghỉ ốm có phép', maxLength: TRAINING_NOTE_MAX })
  @IsOptional()
  @optionalTrimmed()
  @IsString()
  @MaxLength(TRAINING_NOTE_MAX)
  note?: string;
}

export class TrainingAttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  entries!: AttendanceEntryDto[];
}

export class TrainingResultDto {
  @ApiProperty({ example: 'CB-0001' })
  @IsString()
  @IsCode()
  cadreId!: string;

  @ApiProperty({ example: true })
  @IsBoolean({ message: '$property must be true or false' })
  passed!: boolean;

  @ApiPropertyOptional({ example: 'GCN-05/2022-017', description: 'Required when passed' })
  @IsOptional()
  @optionalTrimmed()
  @IsString()
  @MaxLength(CERTIFICATE_NUMBER_MAX)
  certificateNumber?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The certificate, uploaded with POST /api/v1/documents',
  })
  @IsOptional()
  @IsUUID('all', { message: '$property must be the id of an uploaded document' })
  certificateDocumentId?: string;
}

export class CompleteTrainingClassDto {
  @ApiProperty({ type: [TrainingResultDto], description: 'One per cadre who attended' })
  @IsArray()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => TrainingResultDto)
  results!: TrainingResultDto[];
}

export class CancelTrainingClassDto {
  @TrimmedText({ example: 'Hoãn lớp theo chỉ đạo của Ban Thường vụ', min: 10, max: TRAINING_NOTE_MAX })
  reason!: string;
}
