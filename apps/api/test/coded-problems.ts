import type { Response } from 'supertest';

/**
 * One field problem of a coded refusal: the field, the code and the values its sentence is written from,
 * the sentence in the user's language (`problem`) and the server's English (`reason`).
 */
export interface CodedProblem {
  field: string;
  code: string;
  params: Record<string, unknown>;
  problem: string;
  reason: string;
}

/** The answer refused with `status` (400 unless said), naming exactly these field problems in this order. */
export function expectFieldProblems(res: Response, problems: CodedProblem[], status = 400): void {
  expect(res.status).toBe(status);
  expect(res.body.details).toEqual(problems);
}
