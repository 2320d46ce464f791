import { Injectable, NotFoundException } from '@nestjs/common';
import { PROCEDURE_ID_PATTERN, type AuthenticatedUser, type FieldProblemDetail } from '@personnel/contracts';
import type { ProcedureScope } from '@personnel/persistence';
import { logWorkflowId, timedSpan } from '../http/request-log-context';
import { badRequest } from '../http/validation.pipe';
import { ProcedureStores } from './procedure-stores';

export function assertProcedureId(workflowId: string): void {
  if (!PROCEDURE_ID_PATTERN.test(workflowId))
    throw badRequest([
      {
        field: 'workflowId',
        problem: 'must look like <kind>/<code>[/<code>…], e.g. appointment/QA-CT/1',
        code: 'not_procedure_id',
        params: { example: 'appointment/QA-CT/1' },
      },
    ]);
}

/** A procedure path (its workflow id) that does not decode: coded, for the user's language. */
export function badPercentEncoding(): FieldProblemDetail {
  return {
    field: 'workflowId',
    problem: 'is not a valid percent-encoded path',
    code: 'bad_percent_encoding',
    params: {},
  };
}

/**
 * The unit-scope check of every command and read of one procedure, whatever its kind: the procedure's
 * one primary-key row and whether its unit lies in the user's scope, one statement
 * (ProcedureQueries.scopeFor), checked before anything reaches the workflow. Outside the user's scope
 * the procedure does not exist (404), so its existence is not leaked.
 */
@Injectable()
export class ProcedureAccess {
  constructor(private readonly stores: ProcedureStores) {}

  async scoped(workflowId: string, user: AuthenticatedUser): Promise<ProcedureScope> {
    assertProcedureId(workflowId);
    logWorkflowId(workflowId);
    // Unit scope (unit-scope.ts): a user with a unit code acts in that unit's subtree only.
    const found = await timedSpan('scope', async () =>
      (await this.stores.procedures()).scopeFor(workflowId, user.unitCode),
    );
    if (!found?.inScope) throw new NotFoundException(`No procedure ${workflowId}`);
    return found.procedure;
  }
}
