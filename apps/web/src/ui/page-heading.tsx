import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * The page's h1. After a route change focus moves here (not left on a link that no longer exists), so a
 * screen reader announces the new page and Tab continues from the top of its content.
 */
export function PageHeading({
  children,
  title,
  focus = true,
}: {
  children: ReactNode;
  title: string;
  focus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    document.title = t.app.pageTitle(title);
  }, [t, title]);
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: false });
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
