import { ApiError } from '../api/client';
import type { Messages } from '../i18n/vi';

/**
 * The API's 400/422 `details` as problems the form shows at its fields, each under the field's name in
 * the user's language (`results[0].certificateNumber` → its top field's label). Nothing for other errors.
 */
export function problemsFromApi(error: unknown, t: Messages): Record<string, string> {
  if (!(error instanceof ApiError) || ![400, 409, 422].includes(error.status) || error.details.length === 0)
    return {};
  const problems: Record<string, string> = {};
  for (const d of error.details) {
    const top = d.field.split(/[.[]/)[0];
    problems[top] ??= t.training.problems.fromApi(t.training.fields[top] ?? d.field, d.problem);
  }
  return problems;
}
