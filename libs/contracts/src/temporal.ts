import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DecisionCommand, DecisionResult, NominationStatus } from './nomination';

/** Names shared by the API (client), the worker and the workflows. */
export const WorkflowTypes = {
  nomination: 'nominationWorkflow',
} as const;

/** Custom search attributes registered on the namespace; ops filter on them in the Temporal UI. */
export const SearchAttributes = {
  cadreId: defineSearchAttributeKey('CadreId', SearchAttributeType.KEYWORD),
  unitCode: defineSearchAttributeKey('UnitCode', SearchAttributeType.KEYWORD),
  postCode: defineSearchAttributeKey('PostCode', SearchAttributeType.KEYWORD),
  stage: defineSearchAttributeKey('ProcedureStage', SearchAttributeType.KEYWORD),
  legalBasis: defineSearchAttributeKey('LegalBasis', SearchAttributeType.KEYWORD),
} as const;

/** `name=Type` pairs for `temporal server start-dev --search-attribute` and `operator search-attribute create`. */
export const SEARCH_ATTRIBUTE_REGISTRATIONS: readonly { name: string; type: 'Keyword' }[] = Object.values(
  SearchAttributes,
).map((key) => ({ name: key.name, type: 'Keyword' as const }));

/** An approver's decision: an Update, so a refused decision is answered synchronously and never recorded. */
export const decideUpdate = defineUpdate<DecisionResult, [DecisionCommand]>('decide');
export const statusQuery = defineQuery<NominationStatus>('status');

/** Failure types a refused Update carries, so the API can map them to HTTP answers. */
export const DECISION_REFUSED = 'DecisionRefused';
export const INVALID_COMMAND = 'InvalidCommand';
