import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { AttendanceCommand, ConferenceStatus, HeadDecisionCommand, TallyCommand } from './conference';

/** Names shared by the API (client), the worker and the workflows. */
export const WorkflowTypes = {
  conference: 'conferenceWorkflow',
  appointment: 'appointmentWorkflow',
  rotation: 'rotationWorkflow',
  plan: 'planWorkflow',
  training: 'trainingClassWorkflow',
  confidenceVote: 'confidenceVoteWorkflow',
} as const;

/**
 * Custom search attributes registered on the namespace; ops filter on them in the Temporal UI. Every
 * procedure kind sets them all (the workflow kit): its kind, every candidate or subject (a keyword list,
 * not the first only), unit, post, stage, when the stage was entered ("stuck since") and legal basis.
 * `CadreId` is kept for runs started before `CandidateIds` existed.
 */
export const SearchAttributes = {
  procedureKind: defineSearchAttributeKey('ProcedureKind', SearchAttributeType.KEYWORD),
  candidateIds: defineSearchAttributeKey('CandidateIds', SearchAttributeType.KEYWORD_LIST),
  cadreId: defineSearchAttributeKey('CadreId', SearchAttributeType.KEYWORD),
  unitCode: defineSearchAttributeKey('UnitCode', SearchAttributeType.KEYWORD),
  postCode: defineSearchAttributeKey('PostCode', SearchAttributeType.KEYWORD),
  stage: defineSearchAttributeKey('ProcedureStage', SearchAttributeType.KEYWORD),
  stageEnteredAt: defineSearchAttributeKey('StageEnteredAt', SearchAttributeType.DATETIME),
  legalBasis: defineSearchAttributeKey('LegalBasis', SearchAttributeType.KEYWORD),
} as const;

export type SearchAttributeRegistrationType = 'Keyword' | 'KeywordList' | 'Datetime';

const REGISTRATION_TYPE: Record<string, SearchAttributeRegistrationType> = {
  [SearchAttributeType.KEYWORD]: 'Keyword',
  [SearchAttributeType.KEYWORD_LIST]: 'KeywordList',
  [SearchAttributeType.DATETIME]: 'Datetime',
};

/** `name=Type` pairs for `temporal server start-dev --search-attribute` and `operator search-attribute create`. */
export const SEARCH_ATTRIBUTE_REGISTRATIONS: readonly {
  name: string;
  type: SearchAttributeRegistrationType;
}[] = Object.values(SearchAttributes).map((key) => ({ name: key.name, type: REGISTRATION_TYPE[key.type] }));

/** Conference commands: each an Update whose validator checks the actor and the numbers. */
export const recordAttendanceUpdate = defineUpdate<ConferenceStatus, [AttendanceCommand]>('recordAttendance');
export const submitTallyUpdate = defineUpdate<ConferenceStatus, [TallyCommand]>('submitTally');
export const headDecisionUpdate = defineUpdate<ConferenceStatus, [HeadDecisionCommand]>('headDecision');
export const conferenceStatusQuery = defineQuery<ConferenceStatus>('conferenceStatus');

/**
 * A conference command refused by its validator: wrong actor, wrong stage, impossible numbers.
 * `details` are `[ConferenceRefusalCode, params]` (none from workers before the codes).
 */
export const CONFERENCE_REFUSED = 'ConferenceCommandRefused';
