import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches } from 'class-validator';
import { CODE_PATTERN } from '@personnel/contracts';
import { MAX_APPROVERS } from '@personnel/domain';

const CODE_MESSAGE =
  '$property must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit';

export class StartNominationDto {
  @ApiProperty({ example: 'CB-0001', description: 'Code of the cadre being nominated' })
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  cadreId!: string;

  @ApiProperty({ example: 'QA-CT-UBND', description: 'Code of the post the cadre is nominated to' })
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  postId!: string;

  @ApiProperty({
    example: ['U-TCNV-01', 'U-BTV-01'],
    description: `Ordered approval chain, 1-${MAX_APPROVERS} distinct user codes`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_APPROVERS)
  @IsString({ each: true })
  @Matches(CODE_PATTERN, { each: true, message: CODE_MESSAGE })
  approverIds!: string[];

  @ApiPropertyOptional({
    example: 'DH-QA',
    description: 'Unit of the post, shown to ops as the UnitCode search attribute',
  })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  unitCode?: string;
}

export class StartNominationResponseDto {
  @ApiProperty({ example: 'nomination/CB-0001/QA-CT-UBND/1' })
  id!: string;

  @ApiProperty({ example: 'pending' })
  state!: 'pending';

  @ApiProperty({ description: 'Temporal run id of the workflow' })
  runId!: string;

  @ApiProperty({
    description:
      'True when the proposal is already recorded in Postgres (GET shows it). False when no worker recorded it within 3 s: ' +
      'the nomination is started and durable, and appears once a worker is back.',
  })
  recorded!: boolean;
}
