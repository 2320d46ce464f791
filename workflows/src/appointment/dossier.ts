import { isOwnCase } from '@personnel/domain';
import { registerDossierCommands, type DossierGate } from '../kit';
import type { AppointmentContext } from './context';
import type { AppointmentProcedure } from './appointment-state';
import { waitWithDeadlinesOf } from './deadlines';

/**
 * The kit's dossier gate for an appointment: every candidate's dossier (QĐ 80 / NĐ 138 / QĐ 377) before
 * the first collective step; the proposer completes it, the signer or the collective's head may excuse it.
 */
export function appointmentDossierGate(ctx: AppointmentContext): DossierGate<AppointmentProcedure> {
  const { input } = ctx;
  const s = ctx.state;
  return registerDossierCommands(ctx, {
    procedureKind: 'appointment',
    legalBasis: input.legalBasis,
    subjects: () => [...s.candidates],
    startDocuments: () => s.documents,
    hrAssignees: [input.proposedBy],
    exceptionAssignees: [input.signerId, input.collective.headId],
    passStage: 'collective_proposes',
    waitStage: 'awaiting_dossier',
    wait: (done) => waitWithDeadlinesOf(ctx, done),
    running: () => s.isRunning(),
    subject: (actor) => actor.cadreId !== null && s.candidates.includes(actor.cadreId),
    ownCase: (actor) => isOwnCase(actor, input.proposedBy, input.candidateIds),
    status: () => s.status(),
  });
}
