import type { Role } from '@personnel/contracts';

export const TRAINING_CLASSES_PATH = 'api/v1/training-classes';

/** Who runs a class (opens it, enrols, takes attendance, records results): the personnel office. */
export const TRAINING_ORGANISER_ROLES: Role[] = ['hr_officer'];

export const CLASS_CODE_PARAM = { name: 'classCode', description: 'Class code', example: 'CT05-2022-08' };

/** The workflow id a class's route names as /:classCode. */
export const trainingClassIdOf = (classCode: string) => `training/${classCode}`;
