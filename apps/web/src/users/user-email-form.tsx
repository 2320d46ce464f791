import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { UserAddressView } from '../api/user-address-endpoints';
import { useFieldProblems } from '../appointments/field-problems';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { ErrorMessage } from '../ui/errors';
import { normaliseEmailAddress, type EmailAddressProblem } from './email-address';

type EmailProblem = EmailAddressProblem | 'required';

const problemText = (p: EmailProblem, t: Messages) => t.addresses.problems[p];

export interface UserEmailFormProps {
  user: UserAddressView;
  /** PUT /api/v1/users/{username}/email: the address, or null to remove it. */
  save(email: string | null): Promise<UserAddressView>;
  onSaved(user: UserAddressView): void;
  onCancel(): void;
}

/**
 * One user's address, edited by an administrator. The panel checks it by the API's own rule (libs/contracts, copied)
 * before sending, so a mistyped address is named at once; the API stays the authority.
 */
export function UserEmailForm({ user, save, onSaved, onCancel }: UserEmailFormProps) {
  const { t } = useI18n();
  const a = t.addresses;
  const [value, setValue] = useState(user.email ?? '');
  const [problems, setProblems] = useState<Record<string, EmailProblem[]>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { fid, errs, bad, described } = useFieldProblems(problems, problemText);
  // Opened from the user's row (below the form): the focus moves to the address to edit.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const send = async (email: string | null) => {
    setFailure(null);
    setBusy(true);
    try {
      onSaved(await save(email));
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '') return setProblems({ email: ['required'] });
    const check = normaliseEmailAddress(value);
    if (!check.ok) return setProblems({ email: [check.problem] });
    setProblems({});
    setValue(check.address);
    void send(check.address);
  };

  return (
    <form className="card" noValidate onSubmit={submit} aria-label={a.formTitle(user.fullName)}>
      <h2>{a.formTitle(user.fullName)}</h2>
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="field">
        <label htmlFor={fid('email')}>{a.emailLabel}</label>
        <input
          id={fid('email')}
          ref={input}
          type="email"
          value={value}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={bad('email')}
          aria-describedby={described('email') ?? `${fid('email')}-hint`}
        />
        <p id={`${fid('email')}-hint`} className="muted">
          {a.emailHint}
        </p>
        {errs('email')}
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {a.save}
        </button>
        {/* Removing is offered only when there is something to remove. */}
        {user.email !== null && (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => {
              setProblems({});
              void send(null);
            }}
          >
            {a.clear}
          </button>
        )}
        <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
          {a.cancel}
        </button>
      </div>
      {busy && <p className="muted">{a.saving}</p>}
    </form>
  );
}
