import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { ConfidenceVoteCommandsService } from './confidence-vote-commands.service';
import { ConfidenceVoteReadsService } from './confidence-vote-reads.service';
import { ConfidenceVoteStartService } from './confidence-vote-start.service';
import { ConfidenceVoteStores } from './confidence-vote-stores';
import { ConfidenceVotesController } from './confidence-votes.controller';

/** The confidence vote's own routes (start, reads, withdraw, reconvene, its conference); tasks go through the task API. */
@Module({
  imports: [ProceduresModule],
  controllers: [ConfidenceVotesController],
  providers: [
    ConfidenceVoteStores,
    ConfidenceVoteStartService,
    ConfidenceVoteReadsService,
    ConfidenceVoteCommandsService,
  ],
})
export class ConfidenceVotesModule {}
