/** Entry point of the workflow bundle: every workflow type the worker hosts. */
export { conferenceWorkflow } from './conference.workflow';
export { appointmentWorkflow } from './appointment.workflow';
export { rotationWorkflow } from './rotation.workflow';
export { confidenceVoteWorkflow } from './confidence-vote.workflow';
