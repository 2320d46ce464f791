import type { ApplicationFailure } from '@temporalio/common';
import {
  CONFERENCE_REFUSED,
  CONFERENCE_REFUSED_GENERIC,
  PROCEDURE_REFUSED,
  type RefusalParams,
} from '@personnel/contracts';

/** What a validator's refusal says: its code, its values and the server's English words. */
export interface RefusalAnswer {
  code: string;
  message: string;
  params: RefusalParams;
}

/**
 * The code a refusal without one (`details` empty: a worker from before the codes) is answered with:
 * a procedure's always meant `invalid`; a conference's could be anything, so it gets its generic code.
 */
const CODE_WITHOUT_DETAILS: Record<string, string> = {
  [PROCEDURE_REFUSED]: 'invalid',
  [CONFERENCE_REFUSED]: CONFERENCE_REFUSED_GENERIC,
};

/** A validator's refusal (`details: [code, params]`), or undefined when the failure is no refusal. */
export function refusalOf(failure: ApplicationFailure): RefusalAnswer | undefined {
  const fallback = failure.type ? CODE_WITHOUT_DETAILS[failure.type] : undefined;
  if (fallback === undefined) return undefined;
  const [code, params] = failure.details ?? [];
  return {
    code: typeof code === 'string' ? code : fallback,
    message: failure.message,
    params: isParams(params) ? params : {},
  };
}

function isParams(value: unknown): value is RefusalParams {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
