import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CODE_PATTERN, NOMINATION_STATES, type NominationState } from '@personnel/contracts';
import { PageQueryDto } from '../../registry/common/paging.dto';

/** GET /api/v1/nominations: filters, paged like every list (limit / offset). */
export class ListNominationsDto extends PageQueryDto {
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
}
