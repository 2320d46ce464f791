/** Entry point of the workflow bundle: every workflow type the worker hosts. */
export { nominationWorkflow } from './nomination.workflow';
