import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';
import {
  STANDING_BODY_KINDS,
  STANDING_BODY_ROLES,
  type StandingBodyKind,
  type StandingBodyMember,
  type StandingBodyRole,
  type StandingBodyView,
} from '@personnel/contracts';
import { MAX_BODY_MEMBERS, oneOf, TrimmedText } from '../../procedures/dto/fields';
import { VersionedDto } from '../common/paging.dto';
import { IsCode, QueryBoolean } from '../common/validators';

export class StandingBodyMemberDto implements StandingBodyMember {
  @ApiProperty({ example: 'U-BT-01', description: 'User code' })
  @IsString()
  @IsCode()
  userId!: string;

  @ApiProperty({ enum: STANDING_BODY_ROLES })
  @IsIn(STANDING_BODY_ROLES as StandingBodyRole[], oneOf(STANDING_BODY_ROLES))
  role!: StandingBodyRole;
}

const Members = () =>
  applyDecorators(
    ApiProperty({ type: [StandingBodyMemberDto], description: 'One head, one secretary; each user once' }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_BODY_MEMBERS),
    ValidateNested({ each: true }),
    Type(() => StandingBodyMemberDto),
  );

const Kind = () =>
  applyDecorators(
    ApiProperty({ enum: STANDING_BODY_KINDS }),
    IsIn(STANDING_BODY_KINDS as StandingBodyKind[], oneOf(STANDING_BODY_KINDS)),
  );

export class ListStandingBodiesQueryDto {
  @ApiPropertyOptional({ example: 'DH-QA', description: "Only this unit's bodies" })
  @IsOptional()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ enum: STANDING_BODY_KINDS })
  @IsOptional()
  @IsIn(STANDING_BODY_KINDS as StandingBodyKind[], oneOf(STANDING_BODY_KINDS))
  kind?: StandingBodyKind;

  @ApiPropertyOptional({ description: 'true: only active bodies; false: only retired ones' })
  @IsOptional()
  @QueryBoolean()
  active?: boolean;
}

export class CreateStandingBodyDto {
  @ApiProperty({ example: 'DH-BTV', description: 'Unique code; never changes once created' })
  @IsString()
  @IsCode()
  code!: string;

  @TrimmedText({ example: 'Ban Thường vụ Huyện ủy Đầm Hà', max: 200 })
  name!: string;

  @ApiProperty({ example: 'DH', description: 'The unit whose body it is; never changes' })
  @IsString()
  @IsCode()
  unitCode!: string;

  @Kind()
  kind!: StandingBodyKind;

  @Members()
  members!: StandingBodyMemberDto[];
}

/** The whole body as it should now be (PUT), with the version read. */
export class UpdateStandingBodyDto extends VersionedDto {
  @TrimmedText({ example: 'Ban Thường vụ Huyện ủy Đầm Hà', max: 200 })
  name!: string;

  @Kind()
  kind!: StandingBodyKind;

  @Members()
  members!: StandingBodyMemberDto[];

  @ApiProperty({ description: 'false retires the body: start forms no longer offer it' })
  @IsBoolean()
  active!: boolean;
}

export class StandingBodyDto implements StandingBodyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'DH-BTV' }) code!: string;
  @ApiProperty({ example: 'Ban Thường vụ Huyện ủy Đầm Hà' }) name!: string;
  @ApiProperty({ example: 'DH' }) unitCode!: string;
  @ApiProperty({ example: 'Huyện Đầm Hà' }) unitName!: string;
  @ApiProperty({ enum: STANDING_BODY_KINDS }) kind!: StandingBodyKind;
  @ApiProperty({ type: [StandingBodyMemberDto] }) members!: StandingBodyMemberDto[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
