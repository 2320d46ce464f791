/** Entry point of the workflow bundle: every workflow type the worker hosts. */
export { conferenceWorkflow } from './conference.workflow';
export { appointmentWorkflow } from './appointment.workflow';
export { rotationWorkflow } from './rotation.workflow';
export { planWorkflow } from './plan.workflow';
export { trainingClassWorkflow } from './training.workflow';
export { confidenceVoteWorkflow } from './confidence-vote.workflow';
export { webhookDeliveryWorkflow } from './webhook-delivery.workflow';
export { notificationDeliveryWorkflow } from './notification-delivery.workflow';
