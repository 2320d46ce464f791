import { useEffect, useRef } from 'react';
import { ErrorMessage } from './errors';

/**
 * A refusal or failure of what the user just sent, which takes the focus when it appears (and when it
 * changes), so a keyboard or screen-reader user lands on why it was not done instead of staying on the
 * button that sent it. An error met while only reading belongs in a plain ErrorMessage.
 */
export function FocusedError({ error, testId }: { error: unknown; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  return (
    <div ref={ref} tabIndex={-1} data-testid={testId}>
      <ErrorMessage error={error} />
    </div>
  );
}
