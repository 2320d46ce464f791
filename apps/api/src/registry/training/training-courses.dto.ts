import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import type { TrainingCourseView } from '@personnel/contracts';
import { PageDto, SearchPageQueryDto, VersionedDto } from '../common/paging.dto';
import { IfPresent, IsCode, QueryBoolean } from '../common/validators';

export class ListTrainingCoursesQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  active?: boolean;
}

export class CreateTrainingCourseDto {
  @ApiProperty({ example: 'CT05', description: 'Unique code; never changes once created' })
  @IsString()
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Bồi dưỡng Chỉ thị 05-CT/TW', maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiPropertyOptional({ example: 16, nullable: true, type: Number, minimum: 1, maximum: 10000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  hours?: number | null;
}

export class UpdateTrainingCourseDto extends VersionedDto {
  @ApiPropertyOptional({ maxLength: 300 })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null: unknown' })
  @ValidateIf((_o, value) => value !== undefined && value !== null)
  @IsInt()
  @Min(1)
  @Max(10000)
  hours?: number | null;

  @ApiPropertyOptional()
  @IfPresent()
  @IsBoolean()
  active?: boolean;
}

export class TrainingCourseDto implements TrainingCourseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CT05' }) code!: string;
  @ApiProperty({ example: 'Bồi dưỡng Chỉ thị 05-CT/TW' }) title!: string;
  @ApiProperty({ nullable: true, type: Number, example: 16 }) hours!: number | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TrainingCoursePageDto extends PageDto(TrainingCourseDto, 'TrainingCoursePage') {}
