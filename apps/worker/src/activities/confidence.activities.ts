import type { DataSource } from 'typeorm';
import { log } from '@temporalio/activity';
import type {
  ConfidenceVoteActivities,
  ProcedureActivities,
  WriteConfidenceResultsInput,
} from '@personnel/contracts';
import { writeConfidenceResults } from '@personnel/persistence';

/**
 * Activities of the confidence vote (and of a reappointment's confidence ballot): the results of a
 * closed conference written to the registry once, keyed by conference and cadre, so a retry after a
 * lost completion inserts nothing.
 */
export function createConfidenceActivities(
  dataSource: DataSource,
): Omit<ConfidenceVoteActivities, keyof ProcedureActivities> {
  return {
    async writeConfidenceResults(input: WriteConfidenceResultsInput) {
      const outcome = await writeConfidenceResults(dataSource, input);
      log.info(outcome.inserted > 0 ? 'confidence results written' : 'confidence results already written', {
        workflowId: input.workflowId,
        conferenceId: input.conferenceId,
        inserted: outcome.inserted,
      });
      return outcome;
    },
  };
}
