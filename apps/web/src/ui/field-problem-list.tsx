import { ApiError } from '../api/client';
import { useFieldProblemText } from './field-problem-text';

/** The field problems of a 400, if the error is one (a form without a field for each shows them here). */
export function fieldProblemsOf(error: unknown) {
  return error instanceof ApiError && error.status === 400 ? error.details : [];
}

/**
 * A 400's field problems listed under its error, each from its code in the user's language (the API's
 * words for a code the panel does not know): for what a screen has no field of its own to show it by,
 * such as a file's header, a sequence typed in or a list of units. Each sentence says what it is about
 * (the header, a unit by name), so no field code is shown.
 */
export function FieldProblemList({ error, testId }: { error: unknown; testId?: string }) {
  const details = fieldProblemsOf(error);
  const say = useFieldProblemText(details);
  if (details.length === 0) return null;
  return (
    <ul className="field-error" data-testid={testId}>
      {details.map((d, i) => (
        <li key={i}>{say(d)}</li>
      ))}
    </ul>
  );
}
