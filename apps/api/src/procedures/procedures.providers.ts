import { ProcedureAccess } from './procedure-access';
import { ProcedureReadsService } from './procedure-reads.service';
import { ProcedureStores } from './procedure-stores';
import { ProceduresController } from './procedures.controller';

export const PROCEDURE_CONTROLLERS = [ProceduresController];

/** ProcedureAccess is what every procedure command checks the unit scope with. */
export const PROCEDURE_PROVIDERS = [ProcedureStores, ProcedureAccess, ProcedureReadsService];
