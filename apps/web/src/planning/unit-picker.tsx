import { useId, useState } from 'react';
import type { UnitView } from '../api/rotation-types';
import type { Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';

/** Finds a unit by name (with or without diacritics) or code and chooses one; the name is what is shown. */
export function UnitPicker({
  value,
  onChange,
  search,
  invalid,
  describedBy,
}: {
  value: UnitView | null;
  onChange(unit: UnitView | null): void;
  search(query: { q?: string; limit: number; active?: boolean }): Promise<Page<UnitView>>;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const s = t.plan.start;
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<UnitView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setFound((await search({ q: q.trim() || undefined, limit: 10, active: true })).items);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (value)
    return (
      <div className="chosen-cadre" data-testid="chosen-unit">
        <p>
          <strong>{value.name}</strong> <span className="code">{value.code}</span>
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => onChange(null)}>
          {s.changeUnit}
        </button>
      </div>
    );

  return (
    <div className="cadre-picker">
      {/* Not a <form>: the picker sits inside the start form, and forms must not nest. */}
      <div role="search" aria-label={s.findUnit}>
        <label htmlFor={`${id}-q`}>{s.findUnit}</label>
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
          {s.noUnitFound}
        </p>
      )}
      {found && found.length > 0 && (
        <ul className="pick-list" aria-label={s.findUnit}>
          {found.map((u) => (
            <li key={u.code}>
              <span>
                <strong>{u.name}</strong> <span className="code">{u.code}</span>
              </span>
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => onChange(u)}
              >
                {s.chooseUnit(u.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
