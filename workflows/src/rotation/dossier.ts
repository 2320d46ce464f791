import { registerDossierCommands, type DossierGate } from '../kit';
import type { RotationContext } from './context';
import { waitWithDeadlinesOf } from './deadlines';
import type { RotationProcedure } from './rotation-state';

/**
 * The kit's dossier gate for a rotation (QĐ 65): the rotated cadre's dossier before the collective's
 * consultation; the proposer completes it, the signer or the collective's head may excuse it.
 */
export function rotationDossierGate(ctx: RotationContext): DossierGate<RotationProcedure> {
  const { input } = ctx;
  const s = ctx.state;
  return registerDossierCommands(ctx, {
    procedureKind: 'rotation',
    legalBasis: input.legalBasis,
    subjects: () => [input.cadreId],
    startDocuments: () => [],
    hrAssignees: [input.proposedBy],
    exceptionAssignees: [input.signerId, input.collective.headId],
    passStage: 'consultation',
    waitStage: 'awaiting_dossier',
    wait: (done) => waitWithDeadlinesOf(ctx, done),
    running: () => s.isRunning(),
    subject: (actor) => actor.cadreId === input.cadreId,
    ownCase: (actor) => ctx.ownCase(actor),
    status: () => s.status(),
  });
}
