import { badRequest } from '../http/validation.pipe';
import { assertProcedureId } from '../procedures/procedure-access';

/**
 * The workflow id a task route names: the wildcard's segments (`appointment/QA-CT-UBND/3` arrives as
 * three), or one percent-encoded segment (`appointment%2FQA-CT-UBND%2F3`), which Express decodes.
 */
export function workflowIdFrom(segments: string | string[]): string {
  const id = Array.isArray(segments) ? segments.join('/') : segments;
  assertProcedureId(id);
  return id;
}

/** A task key names one task of a procedure: letters, digits and dashes, no slash. */
export function taskKeyFrom(raw: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(raw))
    throw badRequest([{ field: 'taskKey', problem: 'must be a task key such as r1-org-office or decision' }]);
  return raw;
}
