import { useId, useState } from 'react';
import type { CadreView, Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';

/** Finds a cadre by name (with or without diacritics) or code and chooses one, showing the post held now. */
export function CadrePicker({
  value,
  onChange,
  search,
  invalid,
  describedBy,
}: {
  value: CadreView | null;
  onChange(cadre: CadreView | null): void;
  search(query: { q?: string; limit: number; offset: number }): Promise<Page<CadreView>>;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const r = t.rotation.start;
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<CadreView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setFound((await search({ q: q.trim() || undefined, limit: 8, offset: 0 })).items);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (value)
    return (
      <div className="chosen-cadre" data-testid="chosen-cadre">
        <p>
          <strong>{value.fullName}</strong> <span className="code">{value.code}</span>
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => onChange(null)}>
          {r.changeCadre}
        </button>
      </div>
    );

  return (
    <div className="cadre-picker">
      {/* Not a <form>: the picker sits inside the proposal form, and forms must not nest. */}
      <div role="search" aria-label={r.findCadre}>
        <label htmlFor={`${id}-q`}>{r.findCadre}</label>
        <div className="input-with-button">
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void find();
              }
            }}
            aria-invalid={invalid}
            aria-describedby={describedBy}
          />
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void find()}
          >
            {t.cadres.search}
          </button>
        </div>
      </div>
      {error !== null && <ErrorMessage error={error} />}
      {found && found.length === 0 && (
        <p className="empty" role="status">
          {r.noCadreFound}
        </p>
      )}
      {found && found.length > 0 && (
        <ul className="pick-list" aria-label={r.findCadre}>
          {found.map((c) => (
            <li key={c.code}>
              <span>
                <strong>{c.fullName}</strong> <span className="code">{c.code}</span>
                <span className="muted small">
                  {' '}
                  ·{' '}
                  {c.currentPost ? `${c.currentPost.postTitle}, ${c.currentPost.unitName}` : r.noCurrentPost}
                </span>
              </span>
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => onChange(c)}
              >
                {r.chooseCadre(c.fullName)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
