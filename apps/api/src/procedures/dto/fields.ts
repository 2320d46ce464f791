import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SIGN_OFF_KEY_PATTERN, SIGN_OFF_MODES, type SignOffMode } from '@personnel/contracts';
import { IsCode } from '../../registry/common/validators';

/** The 400 message of an enum field, listing what it accepts. */
export const oneOf = (values: readonly string[]) => ({
  message: `$property must be one of: ${values.join(', ')}`,
});

export const MAX_BODY_MEMBERS = 60;
/** The most candidates a procedure weighs (the planning pool of the post). */
export const MAX_LOCAL_CANDIDATES = 3;
/**
 * The most candidates one conference's tally names: a plan's round (a district's 222 posts, up to 3
 * each). The conference itself checks each is one of its candidates, once.
 */
export const MAX_CONFERENCE_CANDIDATES = 700;
export const MAX_DOCUMENTS = 50;
/** The most post holders one confidence vote asks about (a conference's sheet, not a registry). */
export const MAX_CONFIDENCE_HOLDERS = 60;

/** Who sits in a conference, as the start and a change of bodies name it. */
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

/** A conference body that may be left out. */
export const OptionalBody = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: ConferenceBodyDto, description }),
    IsOptional(),
    // An array is an object to ValidateNested (it validates each element): refuse it by name.
    IsObject(),
    ValidateNested(),
    Type(() => ConferenceBodyDto),
  );

/** Free text that is trimmed first, so a blank one is refused like an empty one. */
export const TrimmedText = (options: { example: string; min?: number; max: number; description?: string }) =>
  applyDecorators(
    ApiProperty({
      example: options.example,
      minLength: options.min ?? 1,
      maxLength: options.max,
      description: options.description,
    }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    (options.min ?? 1) === 1
      ? MinLength(1, { message: '$property must not be empty', context: { code: 'required' } })
      : MinLength(options.min ?? 1),
    MaxLength(options.max),
  );

/** Ids of documents uploaded with POST /api/v1/documents. */
export const DocumentIds = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], description: 'Ids from POST /api/v1/documents' }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_DOCUMENTS),
    ArrayUnique(),
    IsUUID('all', { each: true, message: '$property must be document ids (UUIDs)' }),
  );

/** One individual sign-off of a procedure's round. */
export const MAX_SIGN_OFF_STEPS = 10;

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

/**
 * The parties every procedure kind names: the leadership collective that votes, the individual
 * sign-offs in order or in parallel, and the signer of the decision. A kind's request extends it.
 */
export class ProcedurePartiesDto {
  @ApiProperty({ type: ConferenceBodyDto, description: 'The leadership collective' })
  @IsObject()
  @ValidateNested()
  @Type(() => ConferenceBodyDto)
  collective!: ConferenceBodyDto;

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

  @ApiProperty({ example: 'U-BT-01', description: 'Signs the decision' })
  @IsString()
  @IsCode()
  signerId!: string;
}
