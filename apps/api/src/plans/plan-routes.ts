import { formatPlanId, type Role } from '@personnel/contracts';

export const PLANS_PATH = 'api/v1/plans';

/** The workflow id a plan's route names as /:unitCode/:term. */
export const planIdOf = (unitCode: string, term: string) => formatPlanId(unitCode, term);

export const UNIT_CODE_PARAM = { name: 'unitCode', description: 'Unit code', example: 'DH' };
export const TERM_PARAM = { name: 'term', description: 'Planning term (five years)', example: '2025-2030' };

/** Who composes a plan (HR); whether they are the plan's HR is the workflow's call. */
export const PLAN_HR_ROLES: Role[] = ['hr_officer'];
/** Who approves a plan; whether it is theirs to sign is the workflow's call. */
export const PLAN_APPROVER_ROLES: Role[] = ['approver', 'leader'];
