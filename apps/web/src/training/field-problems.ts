import { ApiError } from '../api/client';
import type { Messages } from '../i18n/vi';
import type { SayFieldProblem } from '../appointments/field-problems';

/**
 * The API's 400/422 `details` as problems the form shows at its fields, each under the field's name in
 * the user's language (`results[0].certificateNumber` → its top field's label), written by `say` from
 * its code and params (ui/field-problem-text). Nothing for other errors.
 */
export function problemsFromApi(error: unknown, t: Messages, say?: SayFieldProblem): Record<string, string> {
  if (!(error instanceof ApiError) || ![400, 409, 422].includes(error.status) || error.details.length === 0)
    return {};
  const problems: Record<string, string> = {};
  for (const d of error.details) {
    const top = d.field.split(/[.[]/)[0];
    problems[top] ??= t.training.problems.fromApi(
      t.training.fields[top] ?? d.field,
      say ? say(d) : d.problem,
    );
  }
  return problems;
}
