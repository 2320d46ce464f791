import type { ReactNode } from 'react';
import type { NominationState } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';

/** A state's name; a state added to the API before the panel knows it shows its code. */
export function stateLabel(state: NominationState, t: Messages): string {
  return (t.states as Record<string, string | undefined>)[state] ?? state;
}

export function StateBadge({ state }: { state: NominationState }) {
  const { t } = useI18n();
  return <span className={`badge badge-${state}`}>{stateLabel(state, t)}</span>;
}

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
  onPage,
}: {
  page: number;
  pages: number;
  onPage(page: number): void;
}) {
  const { t } = useI18n();
  if (pages <= 1) return null;
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
      <span>{t.pagination.page(page, pages)}</span>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= pages}
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
