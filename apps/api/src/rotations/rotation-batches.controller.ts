import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser, RotationBatchView } from '@personnel/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { StartRotationBatchDto } from './dto/rotation-requests.dto';
import { RotationBatchService } from './rotation-batch.service';
import { BATCH_READER_ROLES, ROTATION_BATCHES_PATH } from './rotation-routes';

/** Bulk rotation: many rotations under one idempotency key, each its own workflow, and their progress. */
@ApiTags('rotations')
@ApiBearerAuth()
@Controller(ROTATION_BATCHES_PATH)
export class RotationBatchesController {
  constructor(private readonly batches: RotationBatchService) {}

  @Post()
  @Roles('hr_officer')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Starts a batch of rotations; the same idempotency key again starts nothing twice',
  })
  @ApiAcceptedResponse({
    description: 'The batch with its rows (refused rows with their reasons); starting goes on',
  })
  @ApiBadRequestResponse({ description: 'The shared parties or timing are wrong (each field named)' })
  @ApiConflictResponse({ description: 'The idempotency key was used for another batch' })
  start(
    @Body() body: StartRotationBatchDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotationBatchView> {
    return this.batches.start(body, user);
  }

  @Get()
  @Roles(...BATCH_READER_ROLES)
  @ApiOperation({ summary: 'Recent batches with their progress (HR sees its own)' })
  recent(@CurrentUser() user: AuthenticatedUser): Promise<{ items: RotationBatchView[] }> {
    return this.batches.recent(user);
  }

  @Get(':id')
  @Roles(...BATCH_READER_ROLES)
  @ApiOperation({ summary: 'A batch: proposed / started / refused / in progress / decided, and every row' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<RotationBatchView> {
    return this.batches.get(id);
  }
}
