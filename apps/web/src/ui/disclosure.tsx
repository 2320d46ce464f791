import { useState, type ReactNode } from 'react';

/**
 * A part of the page that opens on demand: the browser's <details>/<summary> (focusable, Enter and Space
 * open and close it, no script needed), with a chevron that turns as it opens, so a collapsed part shows
 * that it opens, and `aria-expanded` on the summary saying the same to assistive technology. The styles
 * once hid the browser's own marker (a flex summary has none), which left nothing to see.
 */
export function Disclosure({
  summary,
  children,
  className,
  testId,
}: {
  summary: ReactNode;
  children: ReactNode;
  /** `more` for an action tucked away, `card` for a whole section, … */
  className?: string;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className={className ? `disclosure ${className}` : 'disclosure'}
      data-testid={testId}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary aria-expanded={open}>
        <span className="disclosure-chevron" aria-hidden="true" />
        {summary}
      </summary>
      {children}
    </details>
  );
}
