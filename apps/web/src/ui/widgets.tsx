import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t.app.loading}
    </p>
  );
}

export function Pagination({
  page,
  pages,
  hasNext = page < (pages ?? 0),
  onPage,
}: {
  page: number;
  /** Unknown when the list's total is capped ("more than 1,000"): then `hasNext` says whether to go on. */
  pages?: number;
  hasNext?: boolean;
  onPage(page: number): void;
}) {
  const { t } = useI18n();
  if (page <= 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={t.pagination.label}>
      <button
        type="button"
        className="button button-secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        <span aria-hidden="true">‹ </span>
        {t.pagination.previous}
      </button>
      <span>{pages === undefined ? t.pagination.pageOnly(page) : t.pagination.page(page, pages)}</span>
      <button
        type="button"
        className="button button-secondary"
        disabled={!hasNext}
        onClick={() => onPage(page + 1)}
      >
        {t.pagination.next}
        <span aria-hidden="true"> ›</span>
      </button>
    </nav>
  );
}

/** A labelled section with its own heading, so screen-reader users can jump between parts of a page. */
export function Section({
  title,
  id,
  children,
  actions,
}: {
  title: string;
  id: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
