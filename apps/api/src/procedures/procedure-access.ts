import { Injectable, NotFoundException } from '@nestjs/common';
import { PROCEDURE_ID_PATTERN, type AuthenticatedUser } from '@personnel/contracts';
import type { ProcedureScope } from '@personnel/persistence';
import { UnitScope } from './unit-scope';
import { logWorkflowId, timedSpan } from '../http/request-log-context';
import { badRequest } from '../http/validation.pipe';
import { ProcedureStores } from './procedure-stores';

export function assertProcedureId(workflowId: string): void {
  if (!PROCEDURE_ID_PATTERN.test(workflowId))
    throw badRequest([
      { field: 'workflowId', problem: 'must look like <kind>/<code>[/<code>…], e.g. appointment/QA-CT/1' },
    ]);
}

/**
 * The unit-scope check of every command and read of one procedure, whatever its kind: one primary-key
 * row (ProcedureQueries.scopeOf), checked before anything reaches the workflow. Outside the user's
 * scope the procedure does not exist (404), so its existence is not leaked.
 */
@Injectable()
export class ProcedureAccess {
  constructor(
    private readonly stores: ProcedureStores,
    private readonly scope: UnitScope,
  ) {}

  async scoped(workflowId: string, user: AuthenticatedUser): Promise<ProcedureScope> {
    assertProcedureId(workflowId);
    logWorkflowId(workflowId);
    const [found, codes] = await timedSpan('scope', async () =>
      Promise.all([(await this.stores.procedures()).scopeOf(workflowId), this.scope.codes(user)]),
    );
    if (!found || !this.scope.includes(codes, found.unitCode))
      throw new NotFoundException(`No procedure ${workflowId}`);
    return found;
  }
}
