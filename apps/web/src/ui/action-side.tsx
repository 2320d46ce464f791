import type { ReactNode } from 'react';

/** The side column of a procedure's page: what the last command did, then what the user may do now. */
export function ActionSide({
  feedback,
  children,
}: {
  feedback: { message: string } | null;
  children: ReactNode;
}) {
  return (
    <aside className="detail-side">
      {feedback && (
        <p className="notice notice-success" data-testid="action-feedback">
          {feedback.message}
        </p>
      )}
      {children}
    </aside>
  );
}
