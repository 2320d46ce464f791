import type { Role } from '@personnel/contracts';

export const ROTATIONS_PATH = 'api/v1/rotations';
export const ROTATION_BATCHES_PATH = 'api/v1/rotation-batches';

/** The workflow id a rotation's route names as /:cadreId/:n. */
export const rotationIdOf = (cadreId: string, n: string) => `rotation/${cadreId}/${n}`;

export const CADRE_ID_PARAM = { name: 'cadreId', description: 'Cadre code', example: 'CB-0001' };
export const N_PARAM = { name: 'n', description: 'Rotation number of the cadre', example: '1' };

/** Who acts on a rotation's tasks (decision, hand-over, evaluation, end of term); the workflow says whether it is theirs. */
export const ROTATION_TASK_ROLES: Role[] = ['approver', 'leader', 'org_office', 'hr_officer'];
/** Who follows batches and their progress. */
export const BATCH_READER_ROLES: Role[] = ['hr_officer', 'leader', 'org_office'];
