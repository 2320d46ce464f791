import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CODE_PATTERN, NOMINATION_STATES, type NominationState } from '@personnel/contracts';

export class ListNominationsDto {
  @ApiPropertyOptional({ enum: NOMINATION_STATES })
  @IsOptional()
  @IsIn(NOMINATION_STATES as NominationState[], {
    message: `$property must be one of: ${NOMINATION_STATES.join(', ')}`,
  })
  state?: NominationState;

  @ApiPropertyOptional({ description: 'Nominations whose approval chain includes this approver' })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: '$property must be a user code' })
  approverId?: string;

  @ApiPropertyOptional({ description: "Nominations waiting for this approver's decision now (inbox)" })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: '$property must be a user code' })
  awaitingApproverId?: string;

  @ApiPropertyOptional({ description: 'Nominations proposed by this HR officer' })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: '$property must be a user code' })
  proposedBy?: string;

  @ApiPropertyOptional({ description: 'Nominations of this cadre' })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: '$property must be a cadre code' })
  cadreId?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
