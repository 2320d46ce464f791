import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ReconveneCommand } from '../appointment';
import type { ProcedureActivities } from '../procedure/activities';
import type {
  ConfidenceResult,
  ConfidenceVoteStatus,
  WithdrawConfidenceVoteCommand,
} from './confidence-workflow';

/** The confidence vote's query and Updates; a refused Update carries PROCEDURE_REFUSED. */
export const confidenceVoteStatusQuery = defineQuery<ConfidenceVoteStatus>('confidenceVoteStatus');
export const withdrawConfidenceVoteUpdate = defineUpdate<
  ConfidenceVoteStatus,
  [WithdrawConfidenceVoteCommand]
>('withdrawConfidenceVote');
/** The same Update name as the appointment's: a conference not held is convened again the same way. */
export const reconveneConfidenceVoteUpdate = defineUpdate<ConfidenceVoteStatus, [ReconveneCommand]>(
  'reconvene',
);

/**
 * The results of one closed confidence-vote conference, written to the registry once: one row per
 * holder, keyed by (conference id, cadre), so a retried activity finds its own rows.
 */
export interface WriteConfidenceResultsInput {
  /** The procedure (a confidence vote, or an appointment for its reappointment's vote). */
  workflowId: string;
  conferenceId: string;
  unitCode: string;
  year: number;
  votedOn: string;
  sheetSha256: string;
  legalBasis: string;
  results: ConfidenceResult[];
}

export interface WriteConfidenceResultsOutcome {
  /** Rows inserted by this call; 0 when an earlier attempt wrote them all. */
  inserted: number;
}

export interface ConfidenceVoteActivities extends ProcedureActivities {
  writeConfidenceResults(input: WriteConfidenceResultsInput): Promise<WriteConfidenceResultsOutcome>;
}

/** `confidence_vote/<unit>/<year>/<n>`: the n-th confidence vote of the unit in that year. */
export function formatConfidenceVoteId(unitCode: string, year: number, sequence: number): string {
  return `confidence_vote/${unitCode}/${year}/${sequence}`;
}
