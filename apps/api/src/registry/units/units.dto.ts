import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { UNIT_LEVELS, type UnitLevel } from '@personnel/contracts';
import type { UnitTreeNode, UnitView } from '@personnel/contracts';
import { PageDto, SearchPageQueryDto, VersionedDto } from '../common/paging.dto';
import { IfPresent, IsCode, QueryBoolean } from '../common/validators';

const LEVEL_MESSAGE = `$property must be one of: ${UNIT_LEVELS.join(', ')}`;

export class ListUnitsQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ enum: UNIT_LEVELS })
  @IsOptional()
  @IsIn(UNIT_LEVELS as UnitLevel[], { message: LEVEL_MESSAGE })
  level?: UnitLevel;

  @ApiPropertyOptional({ description: 'Only the direct sub-units of this unit', example: 'DH' })
  @IsOptional()
  @IsCode()
  parentCode?: string;

  @ApiPropertyOptional({ description: 'true: only active units; false: only deactivated ones' })
  @IsOptional()
  @QueryBoolean()
  active?: boolean;
}

export class UnitTreeQueryDto {
  @ApiPropertyOptional({ description: 'Only the subtree under this unit', example: 'DH' })
  @IsOptional()
  @IsCode()
  rootCode?: string;

  @ApiPropertyOptional({ description: 'Include deactivated units', default: false })
  @IsOptional()
  @QueryBoolean()
  includeInactive?: boolean;
}

export class CreateUnitDto {
  @ApiProperty({ example: 'DH-QA', description: 'Unique code; never changes once created' })
  @IsString()
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Xã Quảng An', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: UNIT_LEVELS, description: 'Never changes once created' })
  @IsIn(UNIT_LEVELS as UnitLevel[], { message: LEVEL_MESSAGE })
  level!: UnitLevel;

  @ApiPropertyOptional({
    example: 'DH',
    nullable: true,
    type: String,
    description: 'Code of the parent unit',
  })
  @IsOptional()
  @IsString()
  @IsCode()
  parentCode?: string | null;

  @ApiProperty({ example: 'QN-DH-QA', description: 'Locality the unit governs (non-local rule)' })
  @IsString()
  @IsCode()
  localityCode!: string;
}

export class UpdateUnitDto extends VersionedDto {
  @ApiPropertyOptional({ example: 'Xã Quảng An', maxLength: 200 })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Move under this unit; null: a root unit',
  })
  @ValidateIf((_o, value) => value !== undefined && value !== null)
  @IsString()
  @IsCode()
  parentCode?: string | null;

  @ApiPropertyOptional({ example: 'QN-DH-QA' })
  @IfPresent()
  @IsString()
  @IsCode()
  localityCode?: string;

  @ApiPropertyOptional({ description: 'false deactivates (refused while active sub-units or posts remain)' })
  @IfPresent()
  @IsBoolean()
  active?: boolean;
}

export class UnitDto implements UnitView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'DH-QA' }) code!: string;
  @ApiProperty({ example: 'Xã Quảng An' }) name!: string;
  @ApiProperty({ enum: UNIT_LEVELS }) level!: UnitLevel;
  @ApiProperty({ nullable: true, type: String, example: 'DH' }) parentCode!: string | null;
  @ApiProperty({ example: 'QN-DH-QA' }) localityCode!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class UnitTreeNodeDto extends UnitDto implements UnitTreeNode {
  @ApiProperty({ type: () => [UnitTreeNodeDto] }) children!: UnitTreeNodeDto[];
}

export class UnitPageDto extends PageDto(UnitDto, 'UnitPage') {}
