import { useId, useState } from 'react';
import type { Page, PostView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';

/** Finds a post by title (with or without diacritics) or code, and chooses one. */
export function PostPicker({
  value,
  onChange,
  search,
}: {
  value: PostView | null;
  onChange(post: PostView | null): void;
  search(query: { q?: string; limit: number; active?: boolean }): Promise<Page<PostView>>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<PostView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const page = await search({ q: q.trim() || undefined, limit: 10, active: true });
      setResults(page.items);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (value)
    return (
      <div className="chosen-post">
        <p>
          <span className="label">{t.post.target}: </span>
          <strong>{value.title}</strong> <span className="code">{value.code}</span>
          <span className="muted">
            {' '}
            · {value.unitName}
            {value.isHead ? ` · ${t.post.head}` : ''}
            {value.requiresNonLocal ? ` · ${t.post.nonLocal}` : ''}
          </span>
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => onChange(null)}>
          {t.post.change}
        </button>
      </div>
    );

  return (
    <div className="post-picker">
      {/* Not a <form>: the picker sits inside other forms (the start form), and forms must not nest. */}
      <div role="search" aria-label={t.post.search}>
        <label htmlFor={`${id}-q`}>{t.post.search}</label>
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
            aria-describedby={`${id}-help`}
            spellCheck={false}
          />
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void find()}
          >
            {t.post.submit}
          </button>
        </div>
        <p id={`${id}-help`} className="field-help">
          {t.post.searchHelp}
        </p>
      </div>
      {error !== null && <ErrorMessage error={error} />}
      {results && results.length === 0 && (
        <p className="empty" role="status">
          {t.post.empty}
        </p>
      )}
      {results && results.length > 0 && (
        <ul className="pick-list" aria-label={t.post.search}>
          {results.map((post) => (
            <li key={post.code}>
              <span>
                <strong>{post.title}</strong> <span className="code">{post.code}</span>
                <span className="muted small"> · {post.unitName}</span>
              </span>
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={`${t.post.choose}: ${post.title} (${post.code})`}
                onClick={() => onChange(post)}
              >
                {t.post.choose}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
