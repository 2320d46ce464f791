import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  EDUCATION_LEVELS,
  POLITICAL_THEORY_LEVELS,
  POST_LEVELS,
  POST_RANK_GROUPS,
  STATE_MANAGEMENT_LEVELS,
  type EducationLevel,
  type PoliticalTheoryLevel,
  type PostLevel,
  type PostRankGroup,
  type PostStandards,
  type StateManagementLevel,
} from '@personnel/contracts';
import type { PostView } from '@personnel/contracts';
import { PageDto, SearchPageQueryDto, VersionedDto } from '../common/paging.dto';
import { IfPresent, IsCode, QueryBoolean } from '../common/validators';

const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });

export class PostStandardsDto implements PostStandards {
  @ApiProperty({ enum: EDUCATION_LEVELS, example: 'bachelor' })
  @IsIn(EDUCATION_LEVELS as EducationLevel[], oneOf(EDUCATION_LEVELS))
  minEducation!: EducationLevel;

  @ApiProperty({ enum: POLITICAL_THEORY_LEVELS, example: 'intermediate' })
  @IsIn(POLITICAL_THEORY_LEVELS as PoliticalTheoryLevel[], oneOf(POLITICAL_THEORY_LEVELS))
  minPoliticalTheory!: PoliticalTheoryLevel;

  @ApiProperty({ enum: STATE_MANAGEMENT_LEVELS, example: 'specialist' })
  @IsIn(STATE_MANAGEMENT_LEVELS as StateManagementLevel[], oneOf(STATE_MANAGEMENT_LEVELS))
  minStateManagement!: StateManagementLevel;

  @ApiProperty({
    type: [String],
    example: ['CT05'],
    description: 'Codes of training courses that must be completed; each must exist and be active',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsCode({ each: true })
  requiredCourseCodes!: string[];

  @ApiProperty({ description: 'Party membership required' })
  @IsBoolean()
  partyMember!: boolean;
}

export class ListPostsQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ example: 'DH-QA' })
  @IsOptional()
  @IsCode()
  unitCode?: string;

  @ApiPropertyOptional({ enum: POST_LEVELS })
  @IsOptional()
  @IsIn(POST_LEVELS as PostLevel[], oneOf(POST_LEVELS))
  level?: PostLevel;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  isHead?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  active?: boolean;
}

export class CreatePostDto {
  @ApiProperty({ example: 'QA-CT-UBND', description: 'Unique code; never changes once created' })
  @IsString()
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Chủ tịch UBND xã Quảng An', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: 'DH-QA', description: 'Unit of the post; never changes once created' })
  @IsString()
  @IsCode()
  unitCode!: string;

  @ApiPropertyOptional({
    enum: POST_LEVELS,
    description: "Default: the unit's level (for an agency, the level of the nearest unit above it)",
  })
  @IsOptional()
  @IsIn(POST_LEVELS as PostLevel[], oneOf(POST_LEVELS))
  level?: PostLevel;

  @ApiPropertyOptional({
    enum: POST_RANK_GROUPS,
    description:
      'Rank group within the level (equivalent and higher posts). Default: body_head for a head post, staff otherwise',
  })
  @IsOptional()
  @IsIn(POST_RANK_GROUPS as PostRankGroup[], oneOf(POST_RANK_GROUPS))
  rankGroup?: PostRankGroup;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isHead?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Must be held by someone not from the locality' })
  @IsOptional()
  @IsBoolean()
  requiresNonLocal?: boolean;

  @ApiProperty({ type: PostStandardsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PostStandardsDto)
  standards!: PostStandardsDto;
}

export class UpdatePostDto extends VersionedDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: POST_LEVELS })
  @IfPresent()
  @IsIn(POST_LEVELS as PostLevel[], oneOf(POST_LEVELS))
  level?: PostLevel;

  @ApiPropertyOptional({ enum: POST_RANK_GROUPS })
  @IfPresent()
  @IsIn(POST_RANK_GROUPS as PostRankGroup[], oneOf(POST_RANK_GROUPS))
  rankGroup?: PostRankGroup;

  @ApiPropertyOptional()
  @IfPresent()
  @IsBoolean()
  isHead?: boolean;

  @ApiPropertyOptional()
  @IfPresent()
  @IsBoolean()
  requiresNonLocal?: boolean;

  @ApiPropertyOptional({ type: PostStandardsDto, description: 'Replaces the standards as a whole' })
  @IfPresent()
  @IsObject()
  @ValidateNested()
  @Type(() => PostStandardsDto)
  standards?: PostStandardsDto;

  @ApiPropertyOptional({ description: 'false deactivates (refused while someone holds the post)' })
  @IfPresent()
  @IsBoolean()
  active?: boolean;
}

export class PostDto implements PostView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'QA-CT-UBND' }) code!: string;
  @ApiProperty({ example: 'Chủ tịch UBND xã Quảng An' }) title!: string;
  @ApiProperty({ example: 'DH-QA' }) unitCode!: string;
  @ApiProperty({ example: 'Xã Quảng An' }) unitName!: string;
  @ApiProperty({ enum: POST_LEVELS }) level!: PostLevel;
  @ApiProperty({ enum: POST_RANK_GROUPS }) rankGroup!: PostRankGroup;
  @ApiProperty() isHead!: boolean;
  @ApiProperty() requiresNonLocal!: boolean;
  @ApiProperty({ type: PostStandardsDto }) standards!: PostStandardsDto;
  @ApiProperty() active!: boolean;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PostPageDto extends PageDto(PostDto, 'PostPage') {}

/** The standards as stored: exactly the contract's fields, in its order. */
export function toStandards(dto: PostStandardsDto): PostStandards {
  return {
    minEducation: dto.minEducation,
    minPoliticalTheory: dto.minPoliticalTheory,
    minStateManagement: dto.minStateManagement,
    requiredCourseCodes: [...dto.requiredCourseCodes],
    partyMember: dto.partyMember,
  };
}
