import { useId, useState } from 'react';
import type { UserDirectoryEntry } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import { userLabel } from './user-directory';

/** One user from the directory (a select: keyboard and screen readers know it). */
export function UserSelect({
  id,
  users,
  value,
  onChange,
  exclude = [],
  invalid,
  describedBy,
}: {
  id: string;
  users: readonly UserDirectoryEntry[];
  value: string;
  onChange(username: string): void;
  exclude?: readonly string[];
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <option value="">{t.proc.users.choose}</option>
      {users
        .filter((u) => u.username === value || !exclude.includes(u.username))
        .map((u) => (
          <option key={u.username} value={u.username}>
            {u.fullName} ({u.username})
          </option>
        ))}
    </select>
  );
}

/** Several users, in order: chosen from the directory, removable. */
export function UserListPicker({
  label,
  users,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  label: string;
  users: readonly UserDirectoryEntry[];
  value: string[];
  onChange(next: string[]): void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [next, setNext] = useState('');
  return (
    <div className="field user-list">
      <label htmlFor={id}>{label}</label>
      {value.length > 0 && (
        <ul className="chips" aria-label={label}>
          {value.map((u) => (
            <li key={u} className="chip">
              {userLabel(users, u)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t.proc.users.remove(userLabel(users, u))}
                onClick={() => onChange(value.filter((x) => x !== u))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="input-with-button">
        <UserSelect
          id={id}
          users={users}
          value={next}
          onChange={setNext}
          exclude={value}
          invalid={invalid}
          describedBy={describedBy}
        />
        <button
          type="button"
          className="button button-secondary"
          disabled={!next}
          onClick={() => {
            if (next && !value.includes(next)) onChange([...value, next]);
            setNext('');
          }}
        >
          {t.proc.users.add}
        </button>
      </div>
    </div>
  );
}
