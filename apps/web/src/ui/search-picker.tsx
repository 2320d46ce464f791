import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from './errors';

/** What a picker says, in the user's language. */
export interface SearchPickerTexts {
  /** The search field's label, e.g. "Tìm cán bộ theo tên hoặc mã". */
  find: string;
  change: string;
  none: string;
  choose(name: string): string;
}

/**
 * Finds one item of the registry by name (with or without diacritics) or code and chooses it; once
 * chosen, its name is shown with a button to choose another. Not a <form>: pickers sit inside forms,
 * and forms must not nest. The kinds of item (a cadre, a unit) give how to find and show one.
 */
export function SearchPicker<T>({
  value,
  onChange,
  find,
  name,
  code,
  detail,
  texts,
  testId,
  invalid,
  describedBy,
}: {
  value: T | null;
  onChange(item: T | null): void;
  find(q: string | undefined): Promise<T[]>;
  name(item: T): string;
  code(item: T): string;
  /** A line shown after the name in the results (the post a cadre holds now). */
  detail?(item: T): ReactNode;
  texts: SearchPickerTexts;
  /** `data-testid` of the chosen item. */
  testId: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<T[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const search = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setFound(await find(q.trim() || undefined));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (value)
    return (
      <div className="chosen-cadre" data-testid={testId}>
        <p>
          <strong>{name(value)}</strong> <span className="code">{code(value)}</span>
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => onChange(null)}>
          {texts.change}
        </button>
      </div>
    );

  return (
    <div className="cadre-picker">
      <div role="search" aria-label={texts.find}>
        <label htmlFor={`${id}-q`}>{texts.find}</label>
        <div className="input-with-button">
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
            aria-invalid={invalid}
            aria-describedby={describedBy}
          />
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void search()}
          >
            {t.cadres.search}
          </button>
        </div>
      </div>
      {error !== null && <ErrorMessage error={error} />}
      {found && found.length === 0 && (
        <p className="empty" role="status">
          {texts.none}
        </p>
      )}
      {found && found.length > 0 && (
        <ul className="pick-list" aria-label={texts.find}>
          {found.map((item) => (
            <li key={code(item)}>
              <span>
                <strong>{name(item)}</strong> <span className="code">{code(item)}</span>
                {detail && <span className="muted small"> · {detail(item)}</span>}
              </span>
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => onChange(item)}
              >
                {texts.choose(name(item))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
