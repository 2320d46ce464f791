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
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SIGN_OFF_MODES, type SignOffMode, type SignOffTemplateView } from '@personnel/contracts';
import { MAX_SIGN_OFF_STEPS, oneOf, SignOffStepDto, TrimmedText } from '../../procedures/dto/fields';
import { VersionedDto } from '../common/paging.dto';
import { IsCode } from '../common/validators';

const Chain = () =>
  applyDecorators(
    ApiProperty({ type: [SignOffStepDto] }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_SIGN_OFF_STEPS),
    ValidateNested({ each: true }),
    Type(() => SignOffStepDto),
  );

const Mode = () =>
  applyDecorators(
    ApiProperty({ enum: SIGN_OFF_MODES }),
    IsIn(SIGN_OFF_MODES as SignOffMode[], oneOf(SIGN_OFF_MODES)),
  );

const Signer = () =>
  applyDecorators(
    ApiProperty({ example: 'U-BT-01', description: 'Signs the decision' }),
    IsString(),
    IsCode(),
  );

export class ListSignOffTemplatesQueryDto {
  @ApiPropertyOptional({ example: 'DH-QA', description: "Only this unit's templates" })
  @IsOptional()
  @IsCode()
  unitCode?: string;
}

export class CreateSignOffTemplateDto {
  @ApiProperty({ example: 'DH-QA-CT-UBND', description: 'Unique code; never changes once created' })
  @IsString()
  @IsCode()
  code!: string;

  @TrimmedText({ example: 'Bổ nhiệm Chủ tịch UBND xã', max: 200 })
  name!: string;

  @ApiProperty({ example: 'DH-QA' })
  @IsString()
  @IsCode()
  unitCode!: string;

  @ApiPropertyOptional({ example: 'DH-QA-CT-UBND', nullable: true, type: String, description: 'One post' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @IsCode()
  postCode?: string | null;

  @ApiPropertyOptional({
    example: 'Chủ tịch UBND xã',
    nullable: true,
    type: String,
    description: 'Or: every post of the unit with this title (exactly one of postCode and postTitle)',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  postTitle?: string | null;

  @Mode()
  signOffMode!: SignOffMode;

  @Chain()
  steps!: SignOffStepDto[];

  @Signer()
  signerId!: string;
}

/** The template as it should now be (PUT); its scope never changes. */
export class UpdateSignOffTemplateDto extends VersionedDto {
  @TrimmedText({ example: 'Bổ nhiệm Chủ tịch UBND xã', max: 200 })
  name!: string;

  @Mode()
  signOffMode!: SignOffMode;

  @Chain()
  steps!: SignOffStepDto[];

  @Signer()
  signerId!: string;

  @ApiProperty({ description: 'false retires the template' })
  @IsBoolean()
  active!: boolean;
}

export class SignOffTemplateDto implements SignOffTemplateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'DH-QA-CT-UBND' }) code!: string;
  @ApiProperty({ example: 'Bổ nhiệm Chủ tịch UBND xã' }) name!: string;
  @ApiProperty({ example: 'DH-QA' }) unitCode!: string;
  @ApiProperty({ nullable: true, type: String }) postCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) postTitle!: string | null;
  @ApiProperty({ enum: SIGN_OFF_MODES }) signOffMode!: SignOffMode;
  @ApiProperty({ type: [SignOffStepDto] }) steps!: SignOffStepDto[];
  @ApiProperty({ example: 'U-BT-01' }) signerId!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
