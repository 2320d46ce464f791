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

/**
 * A task key names one task of a procedure: letters, digits, dots, underscores and dashes, no slash
 * (a confidence vote's `dismissal-<cadre code>` carries the code as the registry spells it).
 */
export function taskKeyFrom(raw: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(raw))
    throw badRequest([
      {
        field: 'taskKey',
        problem: 'must be a task key such as r1-org-office or decision',
        code: 'not_task_key',
        params: { example: 'r1-org-office' },
      },
    ]);
  return raw;
}
