import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * The outcome of an action, kept on screen until the user dismisses it. Focus moves to it when it
 * appears (`focusKey` changes), so keyboard and screen-reader users land on what happened instead of
 * being dropped to `<body>` when the row or the form they used goes away.
 */
export function ActionResult({
  title,
  focusKey,
  tone,
  onDismiss,
  children,
  testId,
}: {
  title: string;
  focusKey: unknown;
  tone: 'ok' | 'error';
  onDismiss(): void;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-label={title}
      className={`notice ${tone === 'ok' ? 'notice-success' : 'notice-error'} action-result`}
      data-testid={testId}
    >
      <p className="notice-title">{title}</p>
      {children}
      <button type="button" className="button button-small button-ghost" onClick={onDismiss}>
        {t.taskInbox.dismiss}
      </button>
    </div>
  );
}
