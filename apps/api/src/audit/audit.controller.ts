import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { verifyWorkflowChain, type ChainVerification } from '@personnel/persistence';
import { Roles } from '../auth/auth.decorators';
import { DatabaseProvider } from '../infrastructure/database.provider';

class VerifyChainQuery {
  @ApiProperty({ example: 'appointment/QA-CT-UBND/1' })
  @Matches(/^[a-z]+\/[A-Za-z0-9._/-]+$/, {
    message: '$property must be a workflow id such as appointment/<post>/<n>',
  })
  workflowId!: string;
}

class ChainVerificationDto {
  @ApiProperty() workflowId!: string;
  @ApiProperty({ description: 'Steps recorded for the workflow' }) rows!: number;
  @ApiProperty({
    description: 'True when every row links to the previous one and its content matches its hash',
  })
  ok!: boolean;
  @ApiProperty({
    required: false,
    description: 'The first row that does not verify: {id, seq, stepKey, problem}',
  })
  firstBroken?: ChainVerification['firstBroken'];
}

/** Tamper evidence for auditors: recomputes a workflow's hash chain from the rows in Postgres. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('org_office', 'leader', 'admin')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly database: DatabaseProvider) {}

  @Get('verify')
  @ApiOperation({ summary: "Verify a workflow's hash-chained journal and name the first broken row" })
  @ApiOkResponse({ type: ChainVerificationDto })
  @ApiNotFoundResponse({ description: 'No recorded steps for that workflow id' })
  async verify(@Query() query: VerifyChainQuery): Promise<ChainVerification> {
    const result = await verifyWorkflowChain(await this.database.connection(), query.workflowId);
    if (result.rows === 0) throw new NotFoundException(`No recorded steps for ${query.workflowId}`);
    return result;
  }
}
