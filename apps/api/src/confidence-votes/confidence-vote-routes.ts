import type { Role } from '@personnel/contracts';

export const CONFIDENCE_VOTES_PATH = 'api/v1/confidence-votes';

/** The workflow id a confidence vote's route names as /:unitCode/:year/:n. */
export const confidenceVoteIdOf = (unitCode: string, year: string, n: string) =>
  `confidence_vote/${unitCode}/${year}/${n}`;

export const UNIT_PARAM = { name: 'unitCode', description: 'Unit code', example: 'DH-QA' };
export const YEAR_PARAM = { name: 'year', description: 'Year of the vote', example: '2025' };
export const N_PARAM = { name: 'n', description: 'Vote number of the unit in that year', example: '1' };

/** Who reads the holders of a unit to start a vote. */
export const CONFIDENCE_STARTER_ROLES: Role[] = ['hr_officer'];
