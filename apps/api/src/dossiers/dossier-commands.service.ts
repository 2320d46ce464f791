import { Injectable } from '@nestjs/common';
import {
  addDossierDocumentsUpdate,
  grantDossierExceptionUpdate,
  type AuthenticatedUser,
  type ProcedureStatusBase,
} from '@personnel/contracts';
import { AppointmentStores } from '../appointments/appointment-stores';
import { documentRefs } from '../appointments/document-refs';
import type { FieldProblem } from '../appointments/start-checks';
import { badRequest } from '../http/validation.pipe';
import { ProcedureAccess } from '../procedures/procedure-access';
import { actorOf } from '../procedures/procedure-actor';
import { UpdateAnswers } from '../procedures/update-answers';
import type { AddDossierDocumentsDto, DossierExceptionDto } from './dto/dossier.dto';

/**
 * The dossier commands of any procedure kind that checks one (the kit's dossier gate): scope-checked on
 * the procedure's one row, the documents resolved from the store (each unknown id named), then the kit's
 * Update with the signed-in user as the actor; whether it is accepted is the workflow's call.
 */
@Injectable()
export class DossierCommandsService {
  constructor(
    private readonly access: ProcedureAccess,
    private readonly answers: UpdateAnswers,
    private readonly stores: AppointmentStores,
  ) {}

  async addDocuments(
    workflowId: string,
    dto: AddDossierDocumentsDto,
    user: AuthenticatedUser,
  ): Promise<ProcedureStatusBase> {
    await this.access.scoped(workflowId, user);
    const problems: FieldProblem[] = [];
    const documents = await documentRefs(
      await this.stores.documents(),
      dto.documentIds,
      'documentIds',
      problems,
    );
    documents.forEach((d, i) => {
      if (!d.cadreId || !d.issuedOn)
        problems.push({
          field: `documentIds[${i}]`,
          problem: `names a document without its cadre and issue day (${d.id})`,
          code: 'document_without_dossier_fields',
          params: { document: d.id },
        });
    });
    if (problems.length > 0) throw badRequest(problems);
    return this.answers.procedure(workflowId, addDossierDocumentsUpdate, { actor: actorOf(user), documents });
  }

  async grantException(
    workflowId: string,
    dto: DossierExceptionDto,
    user: AuthenticatedUser,
  ): Promise<ProcedureStatusBase> {
    await this.access.scoped(workflowId, user);
    return this.answers.procedure(workflowId, grantDossierExceptionUpdate, {
      actor: actorOf(user),
      reason: dto.reason,
    });
  }
}
